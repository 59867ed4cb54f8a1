#include "terraform/resource_types.h"

#include <utility>

namespace tl::terraform {

std::string_view modelTypeOf(std::string_view providerType) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {kUserPool, "AWS::Cognito::UserPool"},
      {kFunction, "AWS::Lambda::Function"},
      {kAlias, "AWS::Lambda::Alias"},
      {kPermission, "AWS::Lambda::Permission"},
      {kKmsKey, "AWS::KMS::Key"},
      {"aws_kms_replica_key", "AWS::KMS::ReplicaKey"},
      {"aws_kms_alias", "AWS::KMS::Alias"},
  };
  for (const auto &[provider, model] : kTypes)
    if (provider == providerType)
      return model;
  return providerType;
}

} // namespace tl::terraform
