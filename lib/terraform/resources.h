#pragma once
// Translation of the provider's resource types the model holds. Each function reads one
// resource of the module and appends what it describes to the model; none decides whether it
// is right. Attribute names and defaults: the AWS provider's documentation of each resource.
#include "model/model.h"
#include "terraform/module_index.h"

namespace tl::terraform {

/// Fills what every model fact of a resource has: its key, address (as the logical id), file,
/// location (the block) and notation.
template <typename Fact> void identify(const ModuleIndex &index, const Resource &r, Fact &fact) {
  fact.key = r.key();
  fact.logicalId = r.address();
  fact.file = FilePath(r.file->path);
  fact.loc = index.at(*r.file, r.block->offset);
  fact.notation = model::Notation::Terraform;
}

/// aws_cognito_user_pool -> model::UserPool with one TriggerBinding per `lambda_config` entry
/// (static and `dynamic` blocks), `kms_key_id` and `user_pool_tier`.
void addUserPool(const ModuleIndex &index, const Resource &pool, model::Model &model);

/// aws_lambda_function -> model::Function (timeout with the provider's default of 3,
/// reserved_concurrent_executions, runtime, the code directory of an archive_file).
void addFunction(const ModuleIndex &index, const Resource &function, model::Model &model);

/// aws_lambda_permission -> model::Permission.
void addPermission(const ModuleIndex &index, const Resource &permission, model::Model &model);

/// A module call given a function of this module (`function_name = aws_lambda_function.f.arn`)
/// may create a permission for it (the way a permission module works): an unknown permission on
/// that function, so that a missing one is never reported for it.
void addModuleCallPermissions(const ModuleIndex &index, const SourceFile &self, model::Model &model);

/// The references `resource` holds to other resources of the module (through locals too), and
/// its depends_on: the edges Terraform orders resources by.
void addReferences(const ModuleIndex &index, const Resource &resource, model::Model &model);

/// True when `count = 0` or `for_each` an empty literal: Terraform creates no instance.
bool createsNoInstance(const Resource &resource);

} // namespace tl::terraform
