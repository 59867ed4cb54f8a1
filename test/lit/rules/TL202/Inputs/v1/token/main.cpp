// Pre token generation handler that adds a scope and a claim to the access token.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  auto &access = event["response"]["claimsAndScopeOverrideDetails"]["accessTokenGeneration"];
  access["claimsToAddOrOverride"]["tenant"] = event["request"]["userAttributes"].value("custom:tenant", "");
  access["scopesToAdd"] = {"orders/read"};
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
