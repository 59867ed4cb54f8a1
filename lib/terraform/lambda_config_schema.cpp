#include "terraform/lambda_config_schema.h"

namespace tl::terraform {
namespace {

// The AWS provider's documentation of aws_cognito_user_pool, lambda_config.
constexpr LambdaConfigEntry kStringTriggers[] = {
    {"create_auth_challenge", "CreateAuthChallenge"},
    {"custom_message", "CustomMessage"},
    {"define_auth_challenge", "DefineAuthChallenge"},
    {"post_authentication", "PostAuthentication"},
    {"post_confirmation", "PostConfirmation"},
    {"pre_authentication", "PreAuthentication"},
    {"pre_sign_up", "PreSignUp"},
    {"pre_token_generation", "PreTokenGeneration"},
    {"user_migration", "UserMigration"},
    {"verify_auth_challenge_response", "VerifyAuthChallengeResponse"},
};
constexpr LambdaConfigEntry kObjectTriggers[] = {
    {"pre_token_generation_config", "PreTokenGenerationConfig"},
    {"custom_email_sender", "CustomEmailSender"},
    {"custom_sms_sender", "CustomSMSSender"},
};

} // namespace

std::span<const LambdaConfigEntry> stringTriggers() { return kStringTriggers; }

std::span<const LambdaConfigEntry> objectTriggers() { return kObjectTriggers; }

std::string_view stringTriggerKey(std::string_view attribute) {
  for (const LambdaConfigEntry &e : kStringTriggers)
    if (e.attribute == attribute)
      return e.apiKey;
  return {};
}

} // namespace tl::terraform
