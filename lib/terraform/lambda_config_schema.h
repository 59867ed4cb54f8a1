#pragma once
// The attributes and blocks of aws_cognito_user_pool's `lambda_config`, and the LambdaConfig key
// the provider sends each as (the model names triggers as the Cognito API does). Read by the
// configuration and the plan readers alike.
#include <span>
#include <string_view>

namespace tl::terraform {

/// An attribute or block of `lambda_config` and the API key it becomes.
struct LambdaConfigEntry {
  std::string_view attribute; // "pre_sign_up", "pre_token_generation_config"
  std::string_view apiKey;    // "PreSignUp", "PreTokenGenerationConfig"
};

/// The ten string-valued triggers (`pre_sign_up = <arn>`).
std::span<const LambdaConfigEntry> stringTriggers();

/// The three blocks with `lambda_arn` and `lambda_version` (pre token generation, custom senders).
std::span<const LambdaConfigEntry> objectTriggers();

/// The API key of a string-valued trigger attribute, "" for any other name.
std::string_view stringTriggerKey(std::string_view attribute);

} // namespace tl::terraform
