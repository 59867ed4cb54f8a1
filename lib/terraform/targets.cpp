#include "terraform/targets.h"

#include "model/arn.h"
#include "terraform/resource_types.h"
#include "terraform/values.h"

namespace tl::terraform {
namespace {

using Kind = hcl::Expression::Kind;
using model::Target;

// Locals may name locals; a cycle (which Terraform rejects) must not recurse forever.
constexpr int kMaxDepth = 16;

class Resolver {
public:
  Resolver(const ModuleIndex &index, TargetSlot slot, std::vector<Target> &out)
      : index_(index), slot_(slot), out_(out) {}

  void resolve(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
               const Location *useLoc, int depth) {
    const Location loc = useLoc ? *useLoc : index_.at(file, e.offset);
    if (depth > kMaxDepth)
      return unknown(loc, condition);
    switch (e.kind) {
    case Kind::Null:
      return;
    case Kind::Parenthesized:
      if (e.operands.size() != 1)
        return unknown(loc, condition);
      return resolve(file, *e.operands.front(), condition, useLoc, depth + 1);
    case Kind::Template:
      // Terraform 0.11 wrote every reference as "${aws_lambda_function.f.arn}".
      if (e.parts.size() == 1 && e.parts[0].kind == hcl::TemplatePart::Kind::Interpolation && e.parts[0].expression)
        return resolve(file, *e.parts[0].expression, condition, useLoc, depth + 1);
      return literals(file, e, condition, useLoc);
    case Kind::Conditional: {
      if (e.operands.size() != 3)
        return unknown(loc, condition);
      const std::string label = conditionLabel(file, *e.operands[0]);
      resolve(file, *e.operands[1], condition && model::Condition(label), useLoc, depth + 1);
      resolve(file, *e.operands[2], condition && model::Condition("!" + label), useLoc, depth + 1);
      return;
    }
    case Kind::Traversal:
      return traversal(file, e, condition, loc, depth);
    case Kind::String:
    case Kind::Number:
      return literals(file, e, condition, useLoc);
    default:
      return unknown(loc, condition);
    }
  }

private:
  void traversal(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
                 const Location &loc, int depth) {
    const bool named = !e.steps.empty() && e.steps[0].kind == hcl::TraversalStep::Kind::Attribute;
    if (e.root == "var" && named)
      return literals(file, e, condition, &loc);
    if (e.root == "local" && named && e.steps.size() == 1) {
      const Definition d = index_.local(e.steps[0].key);
      if (!d.value)
        return unknown(loc, condition);
      return resolve(*d.file, *d.value, condition, &loc, depth + 1);
    }
    // A resource type is a provider prefix and a name ("aws_lambda_function"); `data.`, `module.`,
    // `each.`, `count.`, `self.` and a dynamic block's iterator are not resources of this module.
    if (!named || e.root.find('_') == std::string::npos)
      return unknown(loc, condition);
    resourceAttribute(e.root, e.steps[0].key, attributeAfterName(e), condition, loc);
  }

  void resourceAttribute(std::string_view type, std::string_view name, std::string_view attribute,
                         const model::Condition &condition, const Location &loc) {
    Target t;
    t.loc = loc;
    t.condition = condition;
    t.resource = std::string(type) + "." + std::string(name);
    t.resourceType = modelTypeOf(type);
    const Resource *r = index_.resource(type, name);
    t.resourceExists = r != nullptr;
    if (attribute.empty()) { // the whole object: a value of it is not known here
      t.form = Target::Form::Unknown;
      return out_.push_back(std::move(t));
    }
    describeAttribute(type, attribute, t);
    if (type == kFunction && r)
      t.function = r->key();
    else if (type == kAlias && r)
      describeAlias(*r, t);
    out_.push_back(std::move(t));
  }

  // An alias is its function's ARN qualified with the alias name.
  void describeAlias(const Resource &alias, Target &t) {
    const hcl::Attribute *fn = alias.attribute("function_name");
    std::vector<Target> functions;
    if (fn)
      Resolver(index_, TargetSlot::FunctionName, functions).resolve(*alias.file, *fn->value, {}, nullptr, 0);
    if (functions.size() == 1)
      t.function = functions[0].function;
    const hcl::Attribute *name = alias.attribute("name");
    t.qualifier = knownText(index_, *alias.file, name ? name->value.get() : nullptr);
  }

  void literals(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
                const Location *useLoc) {
    for (model::Candidate &c : resolveCandidates(index_, file, &e)) {
      Target t;
      t.loc = useLoc ? *useLoc : c.loc;
      t.condition = condition && c.condition;
      t.origin = c.origin;
      t.originLoc = c.originLoc;
      t.originName = c.originName;
      if (!c.value) {
        t.form = Target::Form::Unknown;
        out_.push_back(std::move(t));
        continue;
      }
      t.form = Target::Form::Literal;
      t.literal = *c.value;
      t.partial = c.partial;
      link(t);
      out_.push_back(std::move(t));
    }
  }

  // A literal ARN (or, for function_name, a name) links to the module's function of that name.
  void link(Target &t) {
    std::optional<model::FunctionArn> ref = slot_ == TargetSlot::Arn
                                                ? model::FunctionArn::parse(t.literal.view())
                                                : model::FunctionArn::parseFunctionName(t.literal.view());
    if (!ref || model::hasPlaceholder(ref->name))
      return;
    t.function = functionNamed(index_, ref->name);
    t.qualifier = std::string(ref->qualifier);
  }

  void unknown(const Location &loc, const model::Condition &condition) {
    Target t;
    t.loc = loc;
    t.condition = condition;
    out_.push_back(std::move(t));
  }

  const ModuleIndex &index_;
  TargetSlot slot_;
  std::vector<Target> &out_;
};

} // namespace

std::string_view attributeAfterName(const hcl::Expression &e) {
  for (size_t i = 1; i < e.steps.size(); ++i)
    if (e.steps[i].kind == hcl::TraversalStep::Kind::Attribute)
      return e.steps[i].key;
  return {};
}

void describeAttribute(std::string_view type, std::string_view attribute, model::Target &t) {
  t.form = Target::Form::GetAtt;
  t.attribute = std::string(attribute);
  if (attribute == "arn") {
    t.attribute = type == kAlias ? "AliasArn" : "Arn";
  } else if ((attribute == "id" && type != kAlias) || (type == kFunction && attribute == "function_name")) {
    t.form = Target::Form::Ref; // a function's name, as a CloudFormation Ref gives it
    t.attribute = InternedText();
  } else if (type == kFunction && attribute == "qualified_arn") {
    // The latest published version, or $LATEST: which one is only known after apply.
    t.form = Target::Form::Unknown;
  }
}

std::string functionNamed(const ModuleIndex &index, std::string_view name) {
  if (name.empty())
    return {};
  for (const Resource &r : index.resources()) {
    if (r.data || r.type != kFunction)
      continue;
    const hcl::Attribute *a = r.attribute("function_name");
    if (a && knownText(index, *r.file, a->value.get()) == name)
      return r.key();
  }
  return {};
}

void resolveTargets(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e, TargetSlot slot,
                    std::vector<model::Target> &out) {
  if (e)
    Resolver(index, slot, out).resolve(file, *e, {}, nullptr, 0);
}

} // namespace tl::terraform
