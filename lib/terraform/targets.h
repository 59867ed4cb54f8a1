#pragma once
// What an expression that names a function (a trigger's ARN, a permission's function_name or
// source_arn) refers to, as model::Target values: attributes of the module's resources
// (`aws_lambda_function.f.arn`), literals linked to the module's functions by name, both
// results of `cond ? a : b`. Data sources, module outputs, remote state and computed values are
// unknown, never wrong.
#include "model/model.h"
#include "terraform/module_index.h"

#include <vector>

namespace tl::terraform {

/// What the expression is expected to hold; decides whether a bare name links to a function.
enum class TargetSlot {
  Arn,          // a trigger's ARN, source_arn: only ARNs name a function
  FunctionName, // aws_lambda_permission.function_name: a name, a partial ARN or an ARN
};

/// Appends one Target per result of `e` (none when it is null or absent).
void resolveTargets(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e, TargetSlot slot,
                    std::vector<model::Target> &out);

/// The attribute a resource traversal reads after `type.name`, skipping instance keys (`[0]`,
/// `["a"]`, `[*]`: every instance of a resource has the same configuration); "" for none.
std::string_view attributeAfterName(const hcl::Expression &e);

/// Sets the form and model attribute of `t` for `attribute` of a resource of provider type
/// `type`: `.arn` is GetAtt Arn (an alias's AliasArn), `.id` and a function's `.function_name`
/// are its name (Ref), a function's `.qualified_arn` is known only after apply.
void describeAttribute(std::string_view type, std::string_view attribute, model::Target &t);

/// The key of the module's aws_lambda_function whose function_name is `name`, or "".
std::string functionNamed(const ModuleIndex &index, std::string_view name);

} // namespace tl::terraform
