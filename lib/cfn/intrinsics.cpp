#include "cfn/intrinsics.h"

#include "cfn/conditions.h"
#include "cfn/sub_syntax.h"

namespace tl::cfn {
namespace {

// YAML aliases let a small file describe an exponentially large Sub/Join/FindInMap tree. A
// resolution that visits more nodes or builds more text than any real template needs is
// abandoned as unknown, which is always a safe answer.
constexpr unsigned kMaxNodesPerResolution = 10'000;
constexpr size_t kMaxTextBytes = 256 * 1024;

// `{{resolve:ssm:...}}` and `{{resolve:secretsmanager:...}}` are read by CloudFormation at
// deploy time; the text written in the template is not the value.
bool isDynamicReference(std::string_view text) { return text.find("{{resolve:") != std::string_view::npos; }

bool isSsmParameterType(const doc::Node &parameter) {
  const doc::Node *type = parameter.find("Type");
  return type && type->isScalar() && type->value.starts_with("AWS::SSM::Parameter::Value<");
}

// Appends one resolved piece; the first piece that is not a literal names the origin, so a
// message can say "from parameter default X" for `!Sub "${Stage}-fn"`.
void appendPiece(ResolvedText &out, const ResolvedText &piece) {
  out.text += piece.text;
  out.partial = out.partial || piece.partial;
  if (out.origin == model::Origin::Literal && piece.origin != model::Origin::Literal) {
    out.origin = piece.origin;
    out.originLoc = piece.originLoc;
    out.originName = piece.originName;
  }
}

void appendPlaceholder(ResolvedText &out, std::string_view name) {
  out.text.append("${").append(name).append("}");
  out.partial = true;
}

// What an unresolvable Join item is written as: "${Res}" for Ref, "${Res.Attr}" for GetAtt,
// "${Fn::Name}" for other calls.
std::string placeholderName(const doc::Node &node) {
  auto call = asIntrinsic(node);
  if (!call)
    return "?";
  if (call->is("Ref")) {
    NamedReference ref = refArgument(*call);
    return ref.valid ? std::string(ref.target) : "Ref";
  }
  if (call->is("Fn::GetAtt")) {
    NamedReference ref = getAttArgument(*call);
    if (ref.valid)
      return std::string(ref.target) + "." + std::string(ref.attribute);
  }
  return std::string(call->name);
}

/// One resolution of an expression into text, with its work budget.
class TextResolver {
public:
  explicit TextResolver(const TemplateIndex &tmpl) : tmpl_(tmpl) {}

  std::optional<ResolvedText> text(const doc::Node &node);
  std::optional<ResolvedText> sub(const IntrinsicCall &call);
  std::optional<ResolvedText> join(const IntrinsicCall &call);

private:
  std::optional<ResolvedText> plainScalar(const doc::Node &node);
  std::optional<ResolvedText> parameter(std::string_view name);
  std::optional<ResolvedText> ref(const IntrinsicCall &call);
  std::optional<std::string> mapKey(const doc::Node &node);
  std::optional<ResolvedText> findInMapDefault(const doc::Node &args);
  std::optional<ResolvedText> findInMap(const IntrinsicCall &call);
  void appendSubVariable(const doc::Node *vars, std::string_view name, ResolvedText &out);
  // Once over budget, every further step answers "unknown" at once.
  bool overBudget() const { return visited_ > kMaxNodesPerResolution || built_ > kMaxTextBytes; }
  std::optional<ResolvedText> finish(ResolvedText out);

  const TemplateIndex &tmpl_;
  unsigned visited_ = 0;
  size_t built_ = 0;
};

std::optional<ResolvedText> TextResolver::finish(ResolvedText out) {
  built_ += out.text.size();
  if (overBudget())
    return std::nullopt;
  return out;
}

std::optional<ResolvedText> TextResolver::plainScalar(const doc::Node &node) {
  if (!node.isScalar() || isDynamicReference(node.value))
    return std::nullopt;
  return ResolvedText{std::string(node.value), false, model::Origin::Literal, {}, {}};
}

std::optional<ResolvedText> TextResolver::parameter(std::string_view name) {
  const doc::Node *def = parameterDefault(tmpl_, name);
  if (!def)
    return std::nullopt;
  return ResolvedText{std::string(def->value), false, model::Origin::ParameterDefault, tmpl_.at(*def),
                      std::string(name)};
}

std::optional<ResolvedText> TextResolver::ref(const IntrinsicCall &call) {
  NamedReference r = refArgument(call);
  if (!r.valid || isPseudoParameter(r.target) || tmpl_.resource(r.target))
    return std::nullopt;
  return parameter(r.target);
}

// A FindInMap key must be one constant string; a key from a parameter counts (its default).
std::optional<std::string> TextResolver::mapKey(const doc::Node &node) {
  auto t = text(node);
  if (!t || t->partial)
    return std::nullopt;
  return std::move(t->text);
}

// The optional fourth argument `{DefaultValue: x}` (AWS::LanguageExtensions).
std::optional<ResolvedText> TextResolver::findInMapDefault(const doc::Node &args) {
  if (args.items().size() != 4 || !args.items()[3]->isMapping())
    return std::nullopt;
  const doc::Node *def = args.items()[3]->find("DefaultValue");
  return def ? text(*def) : std::nullopt;
}

std::optional<ResolvedText> TextResolver::findInMap(const IntrinsicCall &call) {
  const doc::Node &args = *call.arg;
  if (!args.isSequence() || args.items().size() < 3)
    return std::nullopt;
  auto mapName = mapKey(*args.items()[0]);
  auto topKey = mapKey(*args.items()[1]);
  auto secondKey = mapKey(*args.items()[2]);
  if (!mapName || !topKey || !secondKey)
    return std::nullopt;
  const doc::Node *map = tmpl_.mapping(*mapName);
  const doc::Node *top = map ? map->find(*topKey) : nullptr;
  const doc::Node *entry = top && top->isMapping() ? top->find(*secondKey) : nullptr;
  if (!entry)
    return findInMapDefault(args);
  if (!entry->isScalar())
    return std::nullopt;
  return ResolvedText{std::string(entry->value), false, model::Origin::Mapping, tmpl_.at(*entry), *mapName};
}

// A `${Name}` of an Fn::Sub: from the variables map first, then a parameter default; resource
// attributes, resources and pseudo parameters stay placeholders.
void TextResolver::appendSubVariable(const doc::Node *vars, std::string_view name, ResolvedText &out) {
  if (const doc::Node *var = vars ? vars->find(name) : nullptr) {
    if (auto t = text(*var))
      return appendPiece(out, *t);
    return appendPlaceholder(out, name);
  }
  if (name.find('.') == std::string_view::npos && !isPseudoParameter(name) && !tmpl_.resource(name))
    if (auto t = parameter(name))
      return appendPiece(out, *t);
  appendPlaceholder(out, name);
}

std::optional<ResolvedText> TextResolver::sub(const IntrinsicCall &call) {
  const doc::Node *format = call.arg;
  const doc::Node *vars = nullptr;
  if (call.arg->isSequence()) {
    if (call.arg->items().size() != 2 || !call.arg->items()[1]->isMapping())
      return std::nullopt;
    format = call.arg->items()[0];
    vars = call.arg->items()[1];
  }
  if (!format->isScalar() || isDynamicReference(format->value))
    return std::nullopt;
  ResolvedText out;
  for (const SubPiece &piece : parseSub(format->value)) {
    if (piece.kind == SubPiece::Kind::Variable)
      appendSubVariable(vars, piece.text, out);
    else if (piece.escaped)
      out.text.append("${").append(piece.text).append("}");
    else
      out.text.append(piece.text);
    if (overBudget())
      return std::nullopt;
  }
  return finish(std::move(out));
}

std::optional<ResolvedText> TextResolver::join(const IntrinsicCall &call) {
  const doc::Node &args = *call.arg;
  if (!args.isSequence() || args.items().size() != 2 || !args.items()[0]->isScalar())
    return std::nullopt;
  const doc::Node &list = *args.items()[1];
  // A list produced by an intrinsic (Fn::Split, a list parameter) has no known length.
  if (!list.isSequence() || asIntrinsic(list))
    return std::nullopt;
  ResolvedText out;
  const std::string_view delimiter = args.items()[0]->value;
  for (size_t i = 0; i < list.items().size(); ++i) {
    if (i > 0)
      out.text += delimiter;
    if (auto t = text(*list.items()[i]))
      appendPiece(out, *t);
    else
      appendPlaceholder(out, placeholderName(*list.items()[i]));
    if (overBudget())
      return std::nullopt;
  }
  return finish(std::move(out));
}

std::optional<ResolvedText> TextResolver::text(const doc::Node &node) {
  if (++visited_, overBudget())
    return std::nullopt;
  auto call = asIntrinsic(node);
  if (!call)
    return plainScalar(node);
  if (call->is("Ref"))
    return ref(*call);
  if (call->is("Fn::Sub"))
    return sub(*call);
  if (call->is("Fn::Join"))
    return join(*call);
  if (call->is("Fn::FindInMap"))
    return findInMap(*call);
  // ImportValue, GetAtt, Select, Split, Base64, GetAZs, If, ...: not a single known string.
  return std::nullopt;
}

} // namespace

const doc::Node *parameterDefault(const TemplateIndex &tmpl, std::string_view name) {
  const doc::Node *parameter = tmpl.parameter(name);
  if (!parameter || !parameter->isMapping() || isSsmParameterType(*parameter))
    return nullptr;
  const doc::Node *def = parameter->find("Default");
  return def && def->isScalar() ? def : nullptr;
}

std::optional<ResolvedText> resolveText(const TemplateIndex &tmpl, const doc::Node &node) {
  return TextResolver(tmpl).text(node);
}

std::optional<ResolvedText> resolveSub(const TemplateIndex &tmpl, const IntrinsicCall &call) {
  return TextResolver(tmpl).sub(call);
}

std::optional<ResolvedText> resolveJoin(const TemplateIndex &tmpl, const IntrinsicCall &call) {
  return TextResolver(tmpl).join(call);
}

Resolution resolveValue(const TemplateIndex &tmpl, const doc::Node *node, const std::string &condition) {
  Resolution out;
  forEachBranch(node, condition, [&](const doc::Node *value, const std::string &branchCondition) {
    if (!value) {
      out.absentWhen.push_back(branchCondition);
      return;
    }
    model::Candidate &c = out.candidates.emplace_back();
    c.loc = tmpl.at(*value);
    c.condition = model::Condition(branchCondition);
    if (auto text = resolveText(tmpl, *value)) {
      c.value = std::move(text->text);
      c.partial = text->partial;
      c.origin = text->origin;
      c.originLoc = std::move(text->originLoc);
      c.originName = std::move(text->originName);
    } else if (auto call = asIntrinsic(*value); call && call->is("Ref")) {
      if (const NamedReference ref = refArgument(*call); ref.valid)
        if (const Resource *r = tmpl.resource(ref.target))
          c.refType = std::string(r->type);
    }
  });
  return out;
}

model::Candidates resolveCandidates(const TemplateIndex &tmpl, const doc::Node *node) {
  if (!node)
    return {};
  return resolveValue(tmpl, node).candidates;
}

std::string literalText(const TemplateIndex &tmpl, const doc::Node *node) {
  if (!node)
    return {};
  auto text = resolveText(tmpl, *node);
  if (!text || text->partial || text->origin != model::Origin::Literal)
    return {};
  return std::move(text->text);
}

} // namespace tl::cfn
