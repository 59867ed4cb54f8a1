// Study material says post-authentication can add ID-token claims; its response has no fields.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"]["tier"] = "gold";
// CHECK: {{.*}}post-auth-claims.cpp:[[@LINE-1]]:71: warning: 'response.claimsOverrideDetails.claimsToAddOrOverride.tier' is written from the PostAuthentication trigger, but PostAuthentication responses have no fields; Cognito ignores everything under response; remove the write or move it to the trigger that reads it [TL203 response-field-ignored]
// CHECK-NEXT: {{.*}}post-auth-claims.cpp:9:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
