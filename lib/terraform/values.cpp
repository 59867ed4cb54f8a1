#include "terraform/values.h"

#include "terraform/resource_types.h"
#include "terraform/targets.h"

#include <algorithm>
#include <cctype>

namespace tl::terraform {
namespace {

using Kind = hcl::Expression::Kind;

// Locals may refer to locals; a cycle (an error Terraform reports) must not recurse forever.
constexpr int kMaxDepth = 16;

} // namespace

std::string conditionLabel(const SourceFile &file, const hcl::Expression &e) {
  std::string text = sourceText(file, e);
  if (e.kind == Kind::Traversal && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
      }))
    return text;
  std::string out = "(";
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "&&") == 0) {
      out += "and";
      ++i;
    } else if (text.compare(i, 2, "||") == 0) {
      out += "or";
      ++i;
    } else if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out + ")";
}

namespace {

class Resolver {
public:
  Resolver(const ModuleIndex &index) : index_(index) {}

  void resolve(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
               const model::Candidate &origin, model::Candidates &out, int depth) {
    if (depth > kMaxDepth)
      return out.push_back(unknown(file, e, condition, origin));
    switch (e.kind) {
    case Kind::Null:
      return; // not set
    case Kind::String:
    case Kind::Number:
    case Kind::Bool:
      return out.push_back(known(file, e, e.text, condition, origin, false));
    case Kind::Template:
      return out.push_back(templateValue(file, e, condition, origin, depth));
    case Kind::Parenthesized:
      if (e.operands.size() != 1)
        return out.push_back(unknown(file, e, condition, origin));
      return resolve(file, *e.operands.front(), condition, origin, out, depth + 1);
    case Kind::Conditional: {
      if (e.operands.size() != 3)
        return out.push_back(unknown(file, e, condition, origin));
      const std::string label = conditionLabel(file, *e.operands[0]);
      resolve(file, *e.operands[1], condition && model::Condition(label), origin, out, depth + 1);
      resolve(file, *e.operands[2], condition && model::Condition("!" + label), origin, out, depth + 1);
      return;
    }
    case Kind::Traversal:
      if (e.steps.size() == 1 && e.steps[0].kind == hcl::TraversalStep::Kind::Attribute &&
          (e.root == "var" || e.root == "local"))
        return named(file, e, condition, origin, out, depth);
      [[fallthrough]];
    default:
      return out.push_back(unknown(file, e, condition, origin));
    }
  }

private:
  // `var.x` through its default, `local.x` through its value; where the value came from is the
  // outermost variable (a local is the module's own code, so it keeps the origin it has).
  void named(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
             const model::Candidate &origin, model::Candidates &out, int depth) {
    const std::string &name = e.steps[0].key;
    const bool variable = e.root == "var";
    // A variable file's value wins over the default, as in `terraform plan`.
    const Definition assigned = variable ? index_.variableAssignment(name) : Definition{};
    const Definition d = assigned.value ? assigned : variable ? index_.variableDefault(name) : index_.local(name);
    // No default, or a null one: the caller decides (a module's optional input), so the value
    // is unknown rather than unset.
    if (!d.value || (variable && d.value->kind == Kind::Null))
      return out.push_back(unknown(file, e, condition, origin));
    model::Candidate next = origin;
    if (variable && origin.origin == model::Origin::Literal) {
      next.origin = assigned.value ? model::Origin::VariableFile : model::Origin::ParameterDefault;
      next.originLoc = index_.at(*d.file, d.nameOffset);
      next.originName = "var." + name;
    }
    const size_t first = out.size();
    resolve(*d.file, *d.value, condition, next, out, depth + 1);
    // Reported where the reference is written, not where the default is.
    for (size_t i = first; i < out.size(); ++i)
      out[i].loc = index_.at(file, e.offset);
  }

  model::Candidate templateValue(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
                                 const model::Candidate &origin, int depth) {
    std::string text;
    bool partial = false;
    model::Candidate from = origin;
    for (const hcl::TemplatePart &part : e.parts) {
      if (part.kind == hcl::TemplatePart::Kind::Text) {
        text += part.text;
        continue;
      }
      if (part.kind == hcl::TemplatePart::Kind::Directive)
        return unknown(file, e, condition, origin);
      model::Candidates inner;
      resolve(file, *part.expression, {}, origin, inner, depth + 1);
      if (inner.size() == 1 && inner[0].value && !inner[0].partial && inner[0].condition.empty()) {
        text += inner[0].value->view();
        if (inner[0].origin != model::Origin::Literal && from.origin == model::Origin::Literal)
          from = inner[0];
      } else {
        text += "${" + sourceText(file, *part.expression) + "}";
        partial = true;
      }
    }
    return known(file, e, text, condition, from, partial);
  }

  model::Candidate known(const SourceFile &file, const hcl::Expression &e, const std::string &text,
                         const model::Condition &condition, const model::Candidate &origin, bool partial) {
    model::Candidate c;
    c.value = InternedText(text);
    c.loc = index_.at(file, e.offset);
    c.origin = origin.origin;
    c.originLoc = origin.originLoc;
    c.originName = origin.originName;
    c.condition = condition;
    c.partial = partial;
    return c;
  }

  model::Candidate unknown(const SourceFile &file, const hcl::Expression &e, const model::Condition &condition,
                           const model::Candidate &origin) {
    model::Candidate c = known(file, e, "", condition, origin, false);
    c.value.reset();
    // A resource's id (`aws_kms_key.k.id`, the key id) is what CloudFormation's Ref gives: a rule
    // tells it from an ARN by the resource's type.
    if (e.kind == Kind::Traversal && e.root.find('_') != std::string::npos) {
      model::Target read;
      describeAttribute(e.root, attributeAfterName(e), read);
      if (read.form == model::Target::Form::Ref)
        c.refType = modelTypeOf(e.root);
    }
    return c;
  }

  const ModuleIndex &index_;
};

} // namespace

std::string sourceText(const SourceFile &file, const hcl::Expression &e) {
  if (e.end <= e.offset || e.end > file.text.size())
    return {};
  return file.text.substr(e.offset, e.end - e.offset);
}

std::string knownText(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e) {
  model::Candidates values = resolveCandidates(index, file, e);
  if (values.size() != 1 || !values[0].value || values[0].partial || !values[0].condition.empty())
    return {};
  return values[0].value->str();
}

model::Candidates resolveCandidates(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e) {
  model::Candidates out;
  if (!e)
    return out;
  Resolver(index).resolve(file, *e, {}, model::Candidate{}, out, 0);
  return out;
}

} // namespace tl::terraform
