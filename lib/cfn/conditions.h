#pragma once
// Fn::If branches and the condition labels that name them. Conditions are never evaluated:
// each Fn::If splits only its own value into two labelled branches, so a template with n
// conditions costs n splits, not 2^n scenarios.
#include "document/node.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tl::cfn {

/// `outer && inner`, either side possibly empty.
std::string joinConditions(std::string_view outer, std::string_view inner);

/// The parts of a well-formed `Fn::If [Condition, IfTrue, IfFalse]`.
struct IfArguments {
  const std::string_view *condition;
  const doc::Node *ifTrue;
  const doc::Node *ifFalse;
};
std::optional<IfArguments> ifArguments(const doc::Node &node);

/// True when a written property is absent all the same: null, or `Ref: AWS::NoValue`.
bool isAbsent(const doc::Node &node);

namespace detail {
// Nested Fn::If through YAML aliases can describe 2^n branches in a few lines; no real template
// has more than a handful per value, so the walk stops after this many steps.
constexpr size_t kMaxBranchSteps = 256;

template <typename F> void visitBranches(const doc::Node *node, const std::string &condition, F &fn, size_t &steps) {
  if (steps == 0)
    return;
  --steps;
  if (!node || isAbsent(*node))
    return fn(static_cast<const doc::Node *>(nullptr), condition);
  auto args = ifArguments(*node);
  if (!args)
    return fn(node, condition);
  visitBranches(args->ifTrue, joinConditions(condition, *args->condition), fn, steps);
  visitBranches(args->ifFalse, joinConditions(condition, "!" + std::string(*args->condition)), fn, steps);
}
} // namespace detail

/// Calls `fn(const doc::Node *value, const std::string &condition)` for every branch `node`
/// may take, splitting at each Fn::If (nested ones too). `value` is null where the property is
/// absent (AWS::NoValue, null, or `node` itself null). A malformed Fn::If is one opaque branch.
template <typename F> void forEachBranch(const doc::Node *node, const std::string &condition, F &&fn) {
  size_t steps = detail::kMaxBranchSteps;
  detail::visitBranches(node, condition, fn, steps);
}

} // namespace tl::cfn
