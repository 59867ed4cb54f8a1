#pragma once
// Resolution of property values into model candidates: literals, parameter defaults,
// Fn::FindInMap, Fn::Sub/Fn::Join text, Fn::If branches. What cannot be known before deploy
// (ImportValue, GetAtt values, SSM parameters, pseudo parameters, dynamic references) stays
// unknown or, inside Sub/Join text, a "${Name}" placeholder; nothing is guessed.
#include "cfn/intrinsic_call.h"
#include "cfn/template_index.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <vector>

namespace tl::cfn {

/// The one string an expression stands for in every deployment of the template (up to
/// parameter overrides), with where it came from.
struct ResolvedText {
  std::string text;
  bool partial = false; // holds "${Name}" placeholders for deploy-time pieces
  model::Origin origin = model::Origin::Literal;
  Location originLoc;
  std::string originName;
};

/// The string `node` stands for, or nullopt when unknown (also for Fn::If: see forEachBranch).
std::optional<ResolvedText> resolveText(const TemplateIndex &tmpl, const doc::Node &node);

/// Text of an Fn::Sub / Fn::Join call (nullopt when its arguments are malformed or opaque).
std::optional<ResolvedText> resolveSub(const TemplateIndex &tmpl, const IntrinsicCall &call);
std::optional<ResolvedText> resolveJoin(const TemplateIndex &tmpl, const IntrinsicCall &call);

/// The Default of parameter `name` when it is a usable value: not for SSM parameter types,
/// whose default is a parameter store name. Null otherwise.
const doc::Node *parameterDefault(const TemplateIndex &tmpl, std::string_view name);

/// The candidates of a property value and the conditions under which it is absent.
struct Resolution {
  model::Candidates candidates;        // one per present Fn::If branch
  std::vector<std::string> absentWhen; // conditions of the absent branches ("" = always absent)
};

/// Resolves the value at `node` (null = property not written) under `condition`.
Resolution resolveValue(const TemplateIndex &tmpl, const doc::Node *node, const std::string &condition = {});

/// The present candidates only; an absent property gives none.
model::Candidates resolveCandidates(const TemplateIndex &tmpl, const doc::Node *node);

/// The value when it is written out as a constant string (no parameter, no condition), else "".
std::string literalText(const TemplateIndex &tmpl, const doc::Node *node);

} // namespace tl::cfn
