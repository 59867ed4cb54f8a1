#include "terraform/resources.h"
#include "terraform/targets.h"
#include "terraform/values.h"

namespace tl::terraform {

void addPermission(const ModuleIndex &index, const Resource &r, model::Model &model) {
  model::Permission p;
  identify(index, r, p);
  const SourceFile &file = *r.file;
  auto expression = [&](std::string_view name) {
    const hcl::Attribute *a = r.attribute(name);
    return a ? a->value.get() : nullptr;
  };
  resolveTargets(index, file, expression("function_name"), TargetSlot::FunctionName, p.function);
  // `qualifier` scopes the permission to an alias or version, as a qualified FunctionName does.
  if (const std::string qualifier = knownText(index, file, expression("qualifier")); !qualifier.empty())
    for (model::Target &t : p.function)
      t.qualifier = qualifier;
  p.principal = resolveCandidates(index, file, expression("principal"));
  p.action = resolveCandidates(index, file, expression("action"));
  if (const hcl::Attribute *source = r.attribute("source_arn");
      source && source->value->kind != hcl::Expression::Kind::Null) {
    p.hasSourceArn = true;
    p.sourceArnLoc = index.at(file, source->value->offset);
    resolveTargets(index, file, source->value.get(), TargetSlot::Arn, p.sourceArn);
  }
  if (const hcl::Attribute *account = r.attribute("source_account"))
    p.hasSourceAccount = account->value->kind != hcl::Expression::Kind::Null;
  model.permissions.push_back(std::move(p));
}

} // namespace tl::terraform
