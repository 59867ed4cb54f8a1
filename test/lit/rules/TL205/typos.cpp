// Strings compared with triggerSource that Cognito never sends, including the developer guide's own typos.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

#include <string>

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "CustomSmsSender_SignUp")
// CHECK: {{.*}}typos.cpp:[[@LINE-1]]:17: error: 'CustomSmsSender_SignUp' is not a trigger source Cognito sends (comparisons are case-sensitive), so this comparison never matches; did you mean 'CustomSMSSender_SignUp'? (a table of the developer guide misspells it this way) [TL205 unknown-trigger-source]
    return invocation_response::success(event.dump(), "application/json");
  if (source == "VerifyAuthChallenge_Authentication")
// CHECK: {{.*}}typos.cpp:[[@LINE-1]]:17: error: 'VerifyAuthChallenge_Authentication' is not a trigger source {{.*}}; did you mean 'VerifyAuthChallengeResponse_Authentication'? {{.*}} [TL205 unknown-trigger-source]
    event["response"]["answerCorrect"] = true;
  if (source.starts_with("TokenGeneration_"))
    event["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"]["tier"] = "gold";
  if (source == "PostAuthentication_Authentication")
    return invocation_response::success(event.dump(), "application/json");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
