#pragma once
// Credentials must never reach what `triggerlint collect` prints or writes: messages the AWS CLI
// printed are echoed only after this.
#include <string>
#include <string_view>
#include <vector>

namespace tl::collect {

/// `text` with every AWS access key id (`AKIA`/`ASIA` and 16 uppercase letters or digits) and
/// every occurrence of a non-empty string of `secrets` replaced by `[REDACTED]`.
std::string redactSecrets(std::string_view text, const std::vector<std::string> &secrets);

/// The secret values in this process's environment (AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
/// AWS_SECURITY_TOKEN), for redactSecrets.
std::vector<std::string> environmentSecrets();

} // namespace tl::collect
