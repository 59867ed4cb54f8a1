#pragma once
// Translation of the resource types the model holds. Each function reads one resource of the
// template and appends what it describes to the model; none decides whether it is right.
#include "cfn/template_index.h"
#include "model/model.h"

namespace tl::cfn {

/// AWS::Cognito::UserPool -> model::UserPool with one TriggerBinding per LambdaConfig entry.
void addUserPool(const TemplateIndex &tmpl, const Resource &pool, model::Model &model);

/// AWS::Cognito::UserPoolRegionalConfigurationAttachment -> a model::UserPool for the replica
/// in the stack's Region, with the bindings of its own LambdaConfig and the primary pool it names.
void addReplicaConfiguration(const TemplateIndex &tmpl, const Resource &attachment, model::Model &model);

/// AWS::Lambda::Function / AWS::Serverless::Function -> model::Function (effective Timeout,
/// ReservedConcurrentExecutions and Runtime, with SAM Globals and the service default).
void addFunction(const TemplateIndex &tmpl, const Resource &function, model::Model &model);

/// AWS::Lambda::Permission -> model::Permission.
void addPermission(const TemplateIndex &tmpl, const Resource &permission, model::Model &model);

} // namespace tl::cfn
