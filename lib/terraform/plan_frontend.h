#pragma once
// `terraform show -json` output -> model: a saved plan (planned_values, resource_changes,
// configuration) or state (values). The resolved view: every variable, local and module input is
// already applied, so values are read as the plan will create them; a value known only after
// apply (a new function's ARN) is followed through the configuration's references. Each
// resource instance (`aws_lambda_function.f[0]`, `module.m.aws_cognito_user_pool.p`) is one fact,
// located in the plan's JSON. Knows the format and the provider's schema, never Cognito rules.
#include "document/node.h"
#include "model/model.h"

namespace tl::terraform {

/// True for what `terraform show -json` prints: format_version and terraform_version with
/// planned_values (a plan) or values (state).
bool isPlanOrState(const doc::Node &root);

/// Adds the pools, functions and permissions of the plan or state `doc`, whose root is `root`.
void loadPlan(const doc::Document &doc, const doc::Node &root, model::Model &model);

} // namespace tl::terraform
