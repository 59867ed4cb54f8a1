#pragma once
// Resolution of an expression that names a function (trigger targets, Permission FunctionName,
// SourceArn) into model::Target values: GetAtt/Ref of template resources, literal ARNs and
// names linked to the template's functions, SAM `Fn.Alias`, aliases and versions.
#include "cfn/intrinsic_call.h"
#include "cfn/template_index.h"
#include "model/arn.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl::cfn {

/// What the expression is expected to hold; decides whether a bare name links to a function.
enum class TargetSlot {
  Arn,          // LambdaConfig trigger, SourceArn: only ARNs name a function
  FunctionName, // Permission FunctionName: a name, a partial ARN or an ARN
};

/// What a literal in `slot` names: a function ARN (placeholders in any field allowed), or for
/// FunctionName also `name[:qualifier]` and `<account>:function:name[:qualifier]`.
std::optional<model::FunctionArn> functionRefOf(std::string_view literal, TargetSlot slot);

/// Appends to `out` one Target per Fn::If branch of `node` (absent branches give none), each
/// under `condition` joined with its branch's.
void resolveTargets(const TemplateIndex &tmpl, const doc::Node *node, TargetSlot slot, const std::string &condition,
                    std::vector<model::Target> &out);

/// The export name `Fn::ImportValue` (short or long form) asks for, with pieces known only at
/// deploy time kept as "${Name}"; nullopt when it cannot be resolved.
std::optional<std::string> importedName(const TemplateIndex &tmpl, const IntrinsicCall &call);

/// A GetAtt target for `resource.attribute`, written at `loc` (SAM-generated wiring).
model::Target makeGetAttTarget(const TemplateIndex &tmpl, std::string_view resource, std::string_view attribute,
                               Location loc);
/// A Ref target for `resource`, written at `loc`.
model::Target makeRefTarget(const TemplateIndex &tmpl, std::string_view resource, Location loc);

} // namespace tl::cfn
