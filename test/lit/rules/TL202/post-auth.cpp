// Access-token claims written from a post-authentication handler: Cognito never reads them there.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event["response"]["claimsAndScopeOverrideDetails"]["accessTokenGeneration"]["scopesToAdd"] = {"orders/read"};
// CHECK: {{.*}}post-auth.cpp:[[@LINE-1]]:79: error: 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.scopesToAdd' is written from the PostAuthentication trigger, which never reads it: only a PreTokenGeneration trigger configured with PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 can change access tokens; move this to that trigger [TL202 access-token-claim-edit]
// CHECK-NEXT: {{.*}}post-auth.cpp:9:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
