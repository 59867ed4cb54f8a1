#pragma once
// SAM `Events` of `Type: Cognito` on AWS::Serverless::Function, expanded the way the SAM
// transform does: each Trigger becomes a LambdaConfig entry of the pool (`!GetAtt Fn.Arn`) and
// the function gets a `<Function>CognitoPermission` for cognito-idp.amazonaws.com.
#include "cfn/template_index.h"
#include "model/model.h"

#include <string_view>
#include <unordered_map>

namespace tl::cfn {

/// Pools of this template already in the model: logical id -> index in `model.pools`.
using PoolIndex = std::unordered_map<std::string_view, size_t>;

/// Adds the bindings, permissions and pool -> function references of every Cognito event;
/// events SAM would reject become input problems.
void expandCognitoEvents(const TemplateIndex &tmpl, const PoolIndex &pools, model::Model &model);

} // namespace tl::cfn
