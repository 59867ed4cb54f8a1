// A pre token generation handler that answers in the V2_0 shape.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  auto &details = event["response"]["claimsAndScopeOverrideDetails"];
  details["idTokenGeneration"]["claimsToAddOrOverride"]["tier"] = "gold";
  details["groupOverrideDetails"]["groupsToOverride"] = {"admins"};
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
