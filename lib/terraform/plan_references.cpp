#include "terraform/plan_references.h"

#include "model/arn.h"
#include "terraform/resource_types.h"

namespace tl::terraform {
namespace {

using model::Target;

// Module outputs may name other modules' outputs; a loop (which Terraform rejects) must end.
constexpr int kMaxDepth = 16;

// One reference of Terraform's `references` list, split: "aws_lambda_function.f[0].arn" ->
// root "aws_lambda_function", name "f", key "0", attribute "arn".
struct Reference {
  std::string_view root;
  std::string_view name;
  std::string_view key; // instance key as written inside the brackets, "" when none
  bool hasKey = false;
  std::string_view attribute;
};

Reference split(std::string_view text) {
  Reference r;
  size_t dot = text.find('.');
  r.root = text.substr(0, dot);
  if (dot == std::string_view::npos)
    return r;
  text.remove_prefix(dot + 1);
  const size_t end = text.find_first_of(".[");
  r.name = text.substr(0, end);
  if (end == std::string_view::npos)
    return r;
  text.remove_prefix(end);
  if (text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos)
      return r;
    r.hasKey = true;
    r.key = text.substr(1, close - 1);
    text.remove_prefix(close + 1);
  }
  if (text.starts_with('.')) {
    text.remove_prefix(1);
    r.attribute = text.substr(0, text.find_first_of(".["));
  }
  return r;
}

// Terraform lists a reference with each of its prefixes ("aws_lambda_function.f.arn",
// "aws_lambda_function.f"); the longest ones are what the expression reads.
std::vector<std::string_view> mostSpecific(const doc::Node *references) {
  std::vector<std::string_view> all;
  if (references)
    for (const doc::Node *r : references->items())
      if (r->isScalar())
        all.push_back(r->value);
  std::vector<std::string_view> out;
  for (std::string_view r : all) {
    bool prefix = false;
    for (std::string_view other : all)
      prefix = prefix ||
               (other.size() > r.size() && other.starts_with(r) && (other[r.size()] == '.' || other[r.size()] == '['));
    if (!prefix)
      out.push_back(r);
  }
  return out;
}

class Follower {
public:
  Follower(const PlanIndex &index, TargetSlot slot, const Location &loc, std::vector<Target> &out)
      : index_(index), slot_(slot), loc_(loc), out_(out) {}

  void expression(std::string_view modulePath, const doc::Node *e, int depth) {
    if (!e || depth > kMaxDepth)
      return unknown();
    if (const doc::Node *constant = member(e, "constant_value"))
      return constant->isNull() ? void() : literal(constant);
    const std::vector<std::string_view> refs = mostSpecific(member(e, "references"));
    if (refs.size() != 1)
      return unknown(); // a template or a function of several values: not one of them
    reference(modulePath, split(refs.front()), depth);
  }

private:
  void reference(std::string_view modulePath, const Reference &r, int depth) {
    if (r.root == "var") {
      if (modulePath.empty()) {
        const doc::Node *value = index_.rootVariable(r.name);
        return value && value->isScalar() ? literal(value) : unknown();
      }
      const doc::Node *call = index_.moduleCall(modulePath);
      return expression(parentModulePath(modulePath), member(member(call, "expressions"), r.name), depth + 1);
    }
    if (r.root == "module") {
      const std::string child = childModulePath(modulePath, r.name);
      const doc::Node *output = member(member(index_.moduleConfig(child), "outputs"), r.attribute);
      return expression(child, member(output, "expression"), depth + 1);
    }
    // A resource type is a provider prefix and a name; data., local., each., count. are not.
    if (r.root == "data" || r.root.find('_') == std::string_view::npos || r.name.empty())
      return unknown();
    resource(modulePath, r);
  }

  void resource(std::string_view modulePath, const Reference &r) {
    std::vector<const PlanInstance *> instances = index_.instancesOf(modulePath, r.root, r.name);
    const PlanInstance *instance = nullptr;
    for (const PlanInstance *i : instances)
      if (r.hasKey ? i->address.ends_with("[" + std::string(r.key) + "]") : instances.size() == 1)
        instance = i;
    Target t;
    t.loc = loc_;
    if (!instance || r.attribute.empty()) // not planned (count = 0), or the whole object
      return out_.push_back(std::move(t));
    t.resource = instance->address;
    t.resourceType = modelTypeOf(instance->type);
    t.resourceExists = true;
    describeAttribute(instance->type, r.attribute, t);
    if (instance->type == kFunction) {
      t.function = planKey(index_, *instance);
    } else if (instance->type == kAlias) {
      if (const PlanInstance *fn = index_.functionNamed(scalarText(member(instance->values, "function_name"))))
        t.function = planKey(index_, *fn);
      t.qualifier = std::string(scalarText(member(instance->values, "name")));
    }
    out_.push_back(std::move(t));
  }

  void literal(const doc::Node *value) {
    if (!value->isScalar())
      return unknown();
    Target t = knownPlanTarget(index_, value, slot_);
    t.loc = loc_;
    out_.push_back(std::move(t));
  }

  void unknown() {
    Target t;
    t.loc = loc_;
    out_.push_back(std::move(t));
  }

  const PlanIndex &index_;
  TargetSlot slot_;
  Location loc_;
  std::vector<Target> &out_;
};

} // namespace

void resolvePlanTargets(const PlanIndex &index, std::string_view modulePath, const doc::Node *expression,
                        TargetSlot slot, const Location &loc, std::vector<model::Target> &out) {
  Follower(index, slot, loc, out).expression(modulePath, expression, 0);
}

model::Target knownPlanTarget(const PlanIndex &index, const doc::Node *node, TargetSlot slot) {
  Target t;
  t.loc = index.at(node);
  t.form = Target::Form::Literal;
  t.literal = std::string(node->value);
  std::optional<model::FunctionArn> ref = slot == TargetSlot::Arn ? model::FunctionArn::parse(node->value)
                                                                  : model::FunctionArn::parseFunctionName(node->value);
  if (ref) {
    if (const PlanInstance *fn = index.functionNamed(ref->name))
      t.function = planKey(index, *fn);
    t.qualifier = std::string(ref->qualifier);
  }
  return t;
}

std::string planKey(const PlanIndex &index, const PlanInstance &instance) {
  return model::resourceKey(index.document().path, instance.address);
}

} // namespace tl::terraform
