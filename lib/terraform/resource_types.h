#pragma once
// The AWS provider's resource types the model knows, and the model's name for each: the model
// speaks of resources by their CloudFormation type, so that a rule asks one question
// ("is this a Lambda function?") whichever format declared it.
#include <string_view>

namespace tl::terraform {

inline constexpr std::string_view kUserPool = "aws_cognito_user_pool";
inline constexpr std::string_view kFunction = "aws_lambda_function";
inline constexpr std::string_view kAlias = "aws_lambda_alias";
inline constexpr std::string_view kPermission = "aws_lambda_permission";
inline constexpr std::string_view kKmsKey = "aws_kms_key";

/// aws_lambda_function's `timeout` when not set: the provider's default (the Lambda API's).
inline constexpr std::string_view kDefaultFunctionTimeout = "3";

/// The model's type for a provider type ("aws_lambda_function" -> "AWS::Lambda::Function");
/// the provider type itself for types the model has no name for.
std::string_view modelTypeOf(std::string_view providerType);

} // namespace tl::terraform
