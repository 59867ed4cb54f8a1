// The raw JSON literal idiom: the response is written as a string literal parsed with nlohmann;
// its keys are checked like any other write. `custom:plan` is a claim of the app's own: fine.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event["response"] = nlohmann::json::parse(R"({"claimsOverrideDetails": {"claimsToAddOrOverride": {"custom:plan": "gold", "iss": "me"}}})");
// CHECK: {{.*}}raw-json.cpp:[[@LINE-1]]:45: error: claim 'iss' cannot be added or overridden {{.*}} [TL204 reserved-claim]
  return invocation_response::success(event.dump(), "application/json");
}
