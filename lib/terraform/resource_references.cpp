#include "terraform/resource_types.h"
#include "terraform/resources.h"

#include <cctype>
#include <set>

namespace tl::terraform {
namespace {

constexpr int kMaxDepth = 64;

class ReferenceCollector {
public:
  ReferenceCollector(const ModuleIndex &index, const Resource &from, model::Model &model)
      : index_(index), from_(from), address_(from.address()), model_(model) {}

  void body(const hcl::Body &body, const std::string &path, int depth) {
    if (depth > kMaxDepth)
      return;
    for (const hcl::Attribute &a : body.attributes) {
      const std::string at = path.empty() ? a.name : path + "." + a.name;
      expression(*from_.file, *a.value, at, nullptr, depth + 1);
    }
    for (const hcl::Block &b : body.blocks) {
      // A dynamic block's content is the block it generates.
      const std::string name = b.type == "dynamic" && !b.labels.empty() ? b.labels[0]
                               : b.type == "content"                    ? std::string()
                                                                        : b.type;
      this->body(b.body, name.empty() ? path : path.empty() ? name : path + "." + name, depth + 1);
    }
  }

private:
  // `useLoc`: where a local that leads here is used in the resource (the edge is written there).
  void expression(const SourceFile &file, const hcl::Expression &e, const std::string &path, const Location *useLoc,
                  int depth) {
    if (depth > kMaxDepth)
      return;
    if (e.kind == hcl::Expression::Kind::Traversal)
      traversal(file, e, path, useLoc, depth);
    for (const hcl::TemplatePart &part : e.parts)
      if (part.expression)
        expression(file, *part.expression, path, useLoc, depth + 1);
    for (const hcl::ExpressionPtr &operand : e.operands)
      expression(file, *operand, path, useLoc, depth + 1);
    for (const hcl::ExpressionPtr &key : e.keys)
      expression(file, *key, path, useLoc, depth + 1);
  }

  void traversal(const SourceFile &file, const hcl::Expression &e, const std::string &path, const Location *useLoc,
                 int depth) {
    if (e.steps.empty() || e.steps[0].kind != hcl::TraversalStep::Kind::Attribute)
      return;
    const Location loc = useLoc ? *useLoc : index_.at(file, e.offset);
    if (e.root == "local") {
      const Definition d = index_.local(e.steps[0].key);
      if (d.value && visitedLocals_.insert(e.steps[0].key).second) {
        expression(*d.file, *d.value, path, &loc, depth + 1);
        visitedLocals_.erase(e.steps[0].key);
      }
      return;
    }
    if (e.root == "module")
      return moduleOutput(e, path, loc);
    const bool data = e.root == "data";
    if (data && (e.steps.size() < 2 || e.steps[1].kind != hcl::TraversalStep::Kind::Attribute))
      return;
    const std::string_view type = data ? std::string_view(e.steps[0].key) : std::string_view(e.root);
    const std::string_view name = data ? std::string_view(e.steps[1].key) : std::string_view(e.steps[0].key);
    const Resource *to = index_.resource(type, name, data);
    if (!to || to == &from_)
      return;
    model::Reference ref;
    ref.from = address_;
    ref.to = to->address();
    ref.loc = loc;
    ref.path = path;
    ref.toType = modelTypeOf(type);
    model_.references.push_back(std::move(ref));
  }

  // `module.NAME.OUTPUT`: what a module returns is unknown, but a KMS key module's key ARN (its
  // source or the output says kms) is a KMS key the resource holds, as custom senders do.
  void moduleOutput(const hcl::Expression &e, const std::string &path, const Location &loc) {
    const hcl::Block *call = index_.moduleCall(e.steps[0].key);
    if (!call)
      return;
    std::string source;
    for (const hcl::Attribute &a : call->body.attributes)
      if (const std::string *text = a.name == "source" ? hcl::literalValue(*a.value) : nullptr)
        source = *text;
    const std::string output =
        e.steps.size() > 1 && e.steps[1].kind == hcl::TraversalStep::Kind::Attribute ? e.steps[1].key : std::string();
    model::Reference ref;
    ref.from = address_;
    ref.to = "module." + e.steps[0].key;
    ref.loc = loc;
    ref.path = path;
    ref.toType = mentionsKms(source) || mentionsKms(output) ? std::string(modelTypeOf(kKmsKey)) : std::string("module");
    model_.references.push_back(std::move(ref));
  }

  static bool mentionsKms(std::string_view text) {
    for (size_t i = 0; i + 3 <= text.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) == 'k' &&
          std::tolower(static_cast<unsigned char>(text[i + 1])) == 'm' &&
          std::tolower(static_cast<unsigned char>(text[i + 2])) == 's')
        return true;
    return false;
  }

  const ModuleIndex &index_;
  const Resource &from_;
  std::string address_;
  model::Model &model_;
  std::set<std::string> visitedLocals_;
};

} // namespace

void addReferences(const ModuleIndex &index, const Resource &resource, model::Model &model) {
  // depends_on = [aws_x.y] is a traversal like any other: the body walk finds it.
  ReferenceCollector(index, resource, model).body(resource.block->body, "", 0);
}

bool createsNoInstance(const Resource &resource) {
  if (resource.count)
    if (const std::string *n = hcl::literalValue(*resource.count))
      return *n == "0";
  if (resource.forEach)
    return (resource.forEach->kind == hcl::Expression::Kind::Tuple ||
            resource.forEach->kind == hcl::Expression::Kind::Object) &&
           resource.forEach->operands.empty();
  return false;
}

} // namespace tl::terraform
