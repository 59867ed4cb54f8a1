// Annotated as PreTokenGeneration, but no template says which LambdaVersion: a warning that names
// the requirement. ID-token claims are fine under every version.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event["response"]["claimsAndScopeOverrideDetails"]["idTokenGeneration"]["claimsToAddOrOverride"]["tier"] = "gold";
  event["response"]["claimsAndScopeOverrideDetails"]["accessTokenGeneration"]["claimsToAddOrOverride"]["tier"] = "gold";
// CHECK: {{.*}}annotation-unknown-version.cpp:[[@LINE-1]]:104: warning: 'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.tier' is written from the PreTokenGeneration trigger, whose LambdaVersion is not known here; Cognito applies it only when the handler serves a PreTokenGeneration trigger configured with PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (Essentials or Plus feature plan) [TL202 access-token-claim-edit]
// CHECK-NEXT: {{.*}}annotation-unknown-version.cpp:10:1: note: annotated here as a PreTokenGeneration handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
