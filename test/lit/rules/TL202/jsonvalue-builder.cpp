// The AWS SDK JsonValue idiom: builders assigned to variables and nested with WithObject. An
// access-token edit from a handler whose configuration is unknown (annotation only): a warning
// that names the requirement.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/core/utils/json/JsonSerializer.h>
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;
using Aws::Utils::Json::JsonValue;

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  JsonValue event(req.payload);
  JsonValue claims;
  claims.WithString("tenant", "acme");
// CHECK: {{.*}}jsonvalue-builder.cpp:[[@LINE-1]]:21: warning: {{.*}}accessTokenGeneration.claimsToAddOrOverride.tenant{{.*}} [TL202 access-token-claim-edit]
// CHECK-NEXT: {{.*}}jsonvalue-builder.cpp:12:1: note: annotated here as a PreTokenGeneration handler
  JsonValue access;
  access.WithObject("claimsToAddOrOverride", claims);
  JsonValue details;
  details.WithObject("accessTokenGeneration", access);
  JsonValue response;
  response.WithObject("claimsAndScopeOverrideDetails", details);
  event.WithObject("response", response);
  return invocation_response::success(event.View().WriteCompact(), "application/json");
}
