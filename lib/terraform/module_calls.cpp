#include "terraform/resource_types.h"
#include "terraform/resources.h"

#include <set>
#include <string>

namespace tl::terraform {
namespace {

constexpr int kMaxDepth = 64;

// The module's functions an expression names (`aws_lambda_function.f.function_name`, `.arn`).
void functionsNamed(const ModuleIndex &index, const hcl::Expression &e, std::set<const Resource *> &out, int depth) {
  if (depth > kMaxDepth)
    return;
  if (e.kind == hcl::Expression::Kind::Traversal && e.root == kFunction && !e.steps.empty() &&
      e.steps[0].kind == hcl::TraversalStep::Kind::Attribute)
    if (const Resource *r = index.resource(kFunction, e.steps[0].key))
      out.insert(r);
  for (const hcl::TemplatePart &part : e.parts)
    if (part.expression)
      functionsNamed(index, *part.expression, out, depth + 1);
  for (const hcl::ExpressionPtr &operand : e.operands)
    functionsNamed(index, *operand, out, depth + 1);
}

} // namespace

void addModuleCallPermissions(const ModuleIndex &index, const SourceFile &self, model::Model &model) {
  for (const hcl::Block &call : self.syntax.body.blocks) {
    if (call.type != "module" || call.labels.size() != 1)
      continue;
    std::set<const Resource *> functions;
    for (const hcl::Attribute &a : call.body.attributes)
      if (a.name != "source" && a.name != "version")
        functionsNamed(index, *a.value, functions, 0);
    for (const Resource *fn : functions) {
      model::Permission p;
      p.logicalId = "module." + call.labels[0];
      p.key = model::resourceKey(fn->key(), p.logicalId);
      p.file = FilePath(self.path);
      p.loc = index.at(self, call.offset);
      model::Target target;
      target.form = model::Target::Form::Unknown; // whatever the module does with it
      target.resource = fn->address();
      target.function = fn->key();
      target.loc = p.loc;
      p.function.push_back(std::move(target));
      model::Candidate unknown;
      unknown.loc = p.loc;
      p.principal.push_back(unknown);
      p.action.push_back(unknown);
      model.permissions.push_back(std::move(p));
    }
  }
}

} // namespace tl::terraform
