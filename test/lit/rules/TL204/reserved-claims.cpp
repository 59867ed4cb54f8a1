// Claims Cognito never lets a trigger change; aud may be added to access tokens only.
// (--select: the access-token writes would also get TL202 warnings, since no template gives a LambdaVersion.)
// RUN: not %triggerlint --select TL204 %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  auto &details = event["response"]["claimsAndScopeOverrideDetails"];
  details["idTokenGeneration"]["claimsToAddOrOverride"]["sub"] = "legacy-42";
// CHECK: {{.*}}reserved-claims.cpp:[[@LINE-1]]:57: error: claim 'sub' cannot be added or overridden in 'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.sub': Cognito never lets a trigger change it; use a claim name of your own [TL204 reserved-claim]
  details["idTokenGeneration"]["claimsToAddOrOverride"]["aud"] = "other-client";
// CHECK: {{.*}}reserved-claims.cpp:[[@LINE-1]]:57: error: claim 'aud' cannot be added or overridden in '{{.*}}': aud can only be added to access tokens (accessTokenGeneration.claimsToAddOrOverride), and only with the current app client id; use a claim name of your own [TL204 reserved-claim]
  details["idTokenGeneration"]["claimsToAddOrOverride"]["cognito:signup_source"] = "import";
// CHECK: {{.*}}reserved-claims.cpp:[[@LINE-1]]:57: error: claim 'cognito:signup_source' cannot be added or overridden {{.*}} [TL204 reserved-claim]
  details["accessTokenGeneration"]["claimsToSuppress"] = {"email", "token_use"};
// CHECK: {{.*}}reserved-claims.cpp:[[@LINE-1]]:36: error: claim 'token_use' cannot be suppressed in 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToSuppress': Cognito never lets a trigger change it; remove it from the list [TL204 reserved-claim]
  details["accessTokenGeneration"]["claimsToAddOrOverride"]["aud"] = event["callerContext"]["clientId"];
  details["idTokenGeneration"]["claimsToAddOrOverride"]["tenant"] = "acme";
  details["idTokenGeneration"]["claimsToSuppress"] = {"cognito:groups", "email"};
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
