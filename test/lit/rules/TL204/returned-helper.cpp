// A reserved claim written by a helper that builds the response itself and whose response the
// handler returns (`return withClaims(event);`) is reported at the helper's write, with the call
// as a note; the same helper's response dropped by the handler writes nothing.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

static invocation_response withClaims(const json &event) {
  json out = event;
  out["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"]["sub"] = "legacy-42";
// CHECK: {{.*}}returned-helper.cpp:[[@LINE-1]]:69: error: claim 'sub' cannot be added or overridden {{.*}} [TL204 reserved-claim]
// CHECK-NEXT: {{.*}}returned-helper.cpp:[[@LINE+12]]:10: note: called from here
  return invocation_response::success(out.dump(), "application/json");
}

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  if (event.value("triggerSource", "") == "TokenGeneration_RefreshTokens") {
    invocation_response unused = withClaims(event); // built, then dropped
    (void)unused;
    return invocation_response::success(event.dump(), "application/json");
  }
  return withClaims(event);
}

int main() {
  run_handler(handler);
  return 0;
}
