#pragma once
// What a value a plan knows only after apply (a new function's ARN, a new pool's ARN) refers to,
// followed through the plan's configuration: `aws_lambda_function.f.arn` in the same module, a
// module's output, a module's input (the call's expression in the parent), a root variable's
// value. Anything else (locals, data sources, several references in one expression) is unknown,
// never wrong.
#include "model/model.h"
#include "terraform/plan_index.h"
#include "terraform/targets.h"

#include <string_view>
#include <vector>

namespace tl::terraform {

/// Appends what the configuration expression `expression` (`{"references": [...]}` or
/// `{"constant_value": ...}`) of the module at `modulePath` names, located at `loc`.
void resolvePlanTargets(const PlanIndex &index, std::string_view modulePath, const doc::Node *expression,
                        TargetSlot slot, const Location &loc, std::vector<model::Target> &out);

/// A target for the text a plan knows (a literal ARN or function name at `node`), linked to the
/// plan's function of that name.
model::Target knownPlanTarget(const PlanIndex &index, const doc::Node *node, TargetSlot slot);

/// The key of a plan instance in the model.
std::string planKey(const PlanIndex &index, const PlanInstance &instance);

} // namespace tl::terraform
