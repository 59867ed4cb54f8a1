#include "cfn/targets.h"

#include "cfn/conditions.h"
#include "cfn/intrinsic_call.h"
#include "cfn/intrinsics.h"
#include "cfn/sub_syntax.h"

namespace tl::cfn {
namespace {

using model::Target;

// Splits at ':' outside "${...}", so `arn:${AWS::Partition}:lambda:...` keeps its placeholders.
// The function a name stands for: `${FnId}` in a Sub is the function resource itself (a
// function's Ref is its name); a constant name is looked up among literal FunctionNames.
std::string functionKeyForName(const TemplateIndex &tmpl, std::string_view name) {
  if (name.starts_with("${") && name.ends_with("}")) {
    const Resource *r = tmpl.resource(name.substr(2, name.size() - 3));
    return r && r->isFunction() ? tmpl.keyOf(r->id) : std::string();
  }
  if (name.empty() || name.find("${") != std::string_view::npos)
    return {};
  std::string_view id = tmpl.functionNamed(name);
  return id.empty() ? std::string() : tmpl.keyOf(id);
}

void linkLiteral(const TemplateIndex &tmpl, Target &t, TargetSlot slot) {
  std::optional<model::FunctionArn> ref = functionRefOf(t.literal, slot);
  if (!ref)
    return;
  t.function = functionKeyForName(tmpl, ref->name);
  t.qualifier = ref->qualifier;
}

// The function an alias or version belongs to, from its `FunctionName` (Ref or GetAtt of a
// function resource, or a literal name/ARN). Aliases of aliases do not exist, so no recursion.
std::string functionOfQualified(const TemplateIndex &tmpl, const Resource &qualified) {
  const doc::Node *fn = qualified.property("FunctionName");
  if (!fn)
    return {};
  if (auto call = asIntrinsic(*fn)) {
    NamedReference ref = call->is("Ref")          ? refArgument(*call)
                         : call->is("Fn::GetAtt") ? getAttArgument(*call)
                                                  : NamedReference{};
    const Resource *r = ref.valid ? tmpl.resource(ref.target) : nullptr;
    return r && r->isFunction() ? tmpl.keyOf(r->id) : std::string();
  }
  if (!fn->isScalar())
    return {};
  Target probe;
  probe.literal = fn->value;
  linkLiteral(tmpl, probe, TargetSlot::FunctionName);
  return probe.function;
}

// Fills what the template knows about `t.resource`: existence, type, and the function it is
// or belongs to (aliases and versions are qualified ARNs of their function).
void describeResource(const TemplateIndex &tmpl, Target &t) {
  const Resource *r = tmpl.resource(t.resource);
  if (!r)
    return;
  t.resourceExists = true;
  t.resourceType = std::string(r->type);
  if (r->isFunction()) {
    t.function = tmpl.keyOf(r->id);
  } else if (r->kind == ResourceKind::LambdaAlias) {
    t.function = functionOfQualified(tmpl, *r);
    t.qualifier = literalText(tmpl, r->property("Name"));
  } else if (r->kind == ResourceKind::LambdaVersion) {
    t.function = functionOfQualified(tmpl, *r);
    t.qualifier = "version";
  }
}

// SAM's `!Ref Fn.Alias` names the alias AutoPublishAlias generates: the function's qualified ARN.
bool describeSamAlias(const TemplateIndex &tmpl, std::string_view name, Target &t) {
  size_t dot = name.find('.');
  if (dot == std::string_view::npos || name.substr(dot + 1) != "Alias")
    return false;
  const Resource *r = tmpl.resource(name.substr(0, dot));
  if (!r || r->kind != ResourceKind::ServerlessFunction)
    return false;
  t.form = Target::Form::GetAtt;
  t.resource = std::string(r->id);
  t.attribute = "Alias";
  t.resourceExists = true;
  t.resourceType = std::string(r->type);
  t.function = tmpl.keyOf(r->id);
  t.qualifier = literalText(tmpl, r->property("AutoPublishAlias"));
  return true;
}

void setLiteral(const TemplateIndex &tmpl, Target &t, ResolvedText text, TargetSlot slot) {
  t.form = Target::Form::Literal;
  t.literal = std::move(text.text);
  t.partial = text.partial;
  t.origin = text.origin;
  t.originLoc = std::move(text.originLoc);
  t.originName = std::move(text.originName);
  linkLiteral(tmpl, t, slot);
}

// `Ref name`: a resource, SAM's `Fn.Alias`, a parameter (its default, as a literal), or a
// pseudo parameter (unknown).
void describeRef(const TemplateIndex &tmpl, std::string_view name, Target &t, TargetSlot slot) {
  if (describeSamAlias(tmpl, name, t))
    return;
  if (tmpl.resource(name)) {
    t.form = Target::Form::Ref;
    t.resource = std::string(name);
    describeResource(tmpl, t);
    return;
  }
  if (isPseudoParameter(name))
    return;
  if (const doc::Node *def = parameterDefault(tmpl, name)) {
    setLiteral(tmpl, t,
               {std::string(def->value), false, model::Origin::ParameterDefault, tmpl.at(*def), std::string(name)},
               slot);
    return;
  }
  if (!tmpl.parameter(name) && !tmpl.mayBeGenerated(name)) {
    // Neither resource nor parameter: CloudFormation rejects it; the rule says "does not exist".
    t.form = Target::Form::Ref;
    t.resource = std::string(name);
  }
}

void describeGetAtt(const TemplateIndex &tmpl, std::string_view resource, std::string_view attribute, Target &t) {
  if (!tmpl.resource(resource) && tmpl.mayBeGenerated(resource))
    return; // an Fn::ForEach loop may make it: unknown here
  t.form = Target::Form::GetAtt;
  t.resource = std::string(resource);
  t.attribute = std::string(attribute);
  describeResource(tmpl, t);
}

// `!Sub "${Fn.Arn}"` (or `${Fn}`) alone is the same as GetAtt (or Ref). A lone `${Var}` from the
// variables map is left to text resolution: a map value that is itself a GetAtt is rare.
bool describeSingleVariableSub(const TemplateIndex &tmpl, const IntrinsicCall &call, Target &t, TargetSlot slot) {
  const doc::Node *format = call.arg;
  const doc::Node *vars = nullptr;
  if (call.arg->isSequence()) {
    if (call.arg->items().size() != 2)
      return false;
    format = call.arg->items()[0];
    vars = call.arg->items()[1];
  }
  if (!format->isScalar())
    return false;
  auto pieces = parseSub(format->value);
  if (pieces.size() != 1 || pieces[0].kind != SubPiece::Kind::Variable)
    return false;
  std::string_view name = pieces[0].text;
  if (vars && vars->isMapping() && vars->find(name))
    return false;
  size_t dot = name.find('.');
  if (dot != std::string_view::npos && name.substr(dot + 1) != "Alias") {
    describeGetAtt(tmpl, name.substr(0, dot), name.substr(dot + 1), t);
    return true;
  }
  describeRef(tmpl, name, t, slot);
  return true;
}

void describeCall(const TemplateIndex &tmpl, const IntrinsicCall &call, Target &t, TargetSlot slot) {
  if (call.is("Fn::GetAtt")) {
    NamedReference ref = getAttArgument(call);
    if (ref.valid)
      describeGetAtt(tmpl, ref.target, ref.attribute, t);
    return;
  }
  if (call.is("Ref")) {
    NamedReference ref = refArgument(call);
    if (ref.valid)
      describeRef(tmpl, ref.target, t, slot);
    return;
  }
  if (call.is("Fn::Sub") && describeSingleVariableSub(tmpl, call, t, slot))
    return;
  if (call.is("Fn::Sub") || call.is("Fn::Join") || call.is("Fn::FindInMap"))
    if (auto text = resolveText(tmpl, *call.expr))
      setLiteral(tmpl, t, std::move(*text), slot);
  // Another stack's export: unknown here, but its name lets the stacks be joined (stack_join.h).
  if (call.is("Fn::ImportValue"))
    if (auto name = importedName(tmpl, call))
      t.importName = std::move(*name);
  // Select, Split, ...: stays Unknown.
}

Target describeBranch(const TemplateIndex &tmpl, const doc::Node &node, std::string condition, TargetSlot slot) {
  Target t;
  t.loc = tmpl.at(node);
  t.condition = model::Condition(condition);
  if (auto call = asIntrinsic(node))
    describeCall(tmpl, *call, t, slot);
  else if (auto text = resolveText(tmpl, node))
    setLiteral(tmpl, t, std::move(*text), slot);
  return t;
}

} // namespace

void resolveTargets(const TemplateIndex &tmpl, const doc::Node *node, TargetSlot slot, const std::string &condition,
                    std::vector<Target> &out) {
  forEachBranch(node, condition, [&](const doc::Node *value, const std::string &branchCondition) {
    if (value)
      out.push_back(describeBranch(tmpl, *value, branchCondition, slot));
  });
}

Target makeGetAttTarget(const TemplateIndex &tmpl, std::string_view resource, std::string_view attribute,
                        Location loc) {
  Target t;
  t.loc = std::move(loc);
  describeGetAtt(tmpl, resource, attribute, t);
  return t;
}

Target makeRefTarget(const TemplateIndex &tmpl, std::string_view resource, Location loc) {
  Target t;
  t.loc = std::move(loc);
  t.form = Target::Form::Ref;
  t.resource = std::string(resource);
  describeResource(tmpl, t);
  return t;
}

std::optional<std::string> importedName(const TemplateIndex &tmpl, const IntrinsicCall &call) {
  const doc::Node &arg = *call.arg;
  std::optional<ResolvedText> name;
  if (&arg != call.expr) {
    name = resolveText(tmpl, arg); // `Fn::ImportValue: <name or intrinsic>`
  } else if (arg.isScalar()) {
    name.emplace().text = arg.value; // `!ImportValue name`
  } else if (arg.isMapping() && arg.entries().size() == 1 && arg.entries().front().key->isScalar()) {
    // `!ImportValue {Fn::Sub: ...}`: the tag belongs to the ImportValue, the mapping is the name.
    const doc::MapEntry &inner = arg.entries().front();
    const IntrinsicCall nested{inner.key->value, inner.value, &arg};
    if (nested.is("Fn::Sub"))
      name = resolveSub(tmpl, nested);
    else if (nested.is("Fn::Join"))
      name = resolveJoin(tmpl, nested);
  }
  if (!name || name->text.empty())
    return std::nullopt;
  return std::move(name->text);
}

std::optional<model::FunctionArn> functionRefOf(std::string_view literal, TargetSlot slot) {
  return slot == TargetSlot::FunctionName ? model::FunctionArn::parseFunctionName(literal)
                                          : model::FunctionArn::parse(literal);
}

} // namespace tl::cfn
