#pragma once
// Translation of the provider's resource types the model holds. Each function reads one
// resource of the module and appends what it describes to the model; none decides whether it
// is right. Attribute names and defaults: the AWS provider's documentation of each resource.
#include "model/model.h"
#include "terraform/module_index.h"

namespace tl::terraform {

/// aws_cognito_user_pool -> model::UserPool with one TriggerBinding per `lambda_config` entry
/// (static and `dynamic` blocks), `kms_key_id` and `user_pool_tier`.
void addUserPool(const ModuleIndex &index, const Resource &pool, model::Model &model);

/// aws_lambda_function -> model::Function (timeout with the provider's default of 3,
/// reserved_concurrent_executions, runtime, the code directory of an archive_file).
void addFunction(const ModuleIndex &index, const Resource &function, model::Model &model);

/// aws_lambda_permission -> model::Permission.
void addPermission(const ModuleIndex &index, const Resource &permission, model::Model &model);

/// The references `resource` holds to other resources of the module (through locals too), and
/// its depends_on: the edges Terraform orders resources by.
void addReferences(const ModuleIndex &index, const Resource &resource, model::Model &model);

/// True when `count = 0` or `for_each` an empty literal: Terraform creates no instance.
bool createsNoInstance(const Resource &resource);

} // namespace tl::terraform
