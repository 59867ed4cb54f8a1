// Pre token generation handler that treats a refresh apart from a sign-in.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  const std::string source = event["triggerSource"];
  if (source == "TokenGeneration_RefreshTokens") {
    event["response"]["claimsAndScopeOverrideDetails"]["idTokenGeneration"]["claimsToAddOrOverride"]["refreshed"] = "true";
  } else if (source == "TokenGeneration_Authentication") {
    event["response"]["claimsAndScopeOverrideDetails"]["idTokenGeneration"]["claimsToAddOrOverride"]["refreshed"] = "false";
  } else if (source == "TokenGeneration_ClientCredentials") {
    event["response"]["claimsAndScopeOverrideDetails"]["idTokenGeneration"]["claimsToAddOrOverride"]["m2m"] = "true";
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
