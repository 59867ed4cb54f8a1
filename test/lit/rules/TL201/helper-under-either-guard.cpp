// One handler for PreAuthentication and PostAuthentication calls a helper under a test either
// source passes; the helper throws only for PreAuthentication. The guards of the call and of the
// helper meet: the throw runs for PreAuthentication alone, so it is TL208 of that trigger and no
// TL201. Before, the two lists were joined and the denial read as a post-authentication failure.
// The helper's second throw is behind a source the call does not let through: it never runs, and
// its comparison is TL206 (neither trigger sends that source).
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

void check(const json &event, const std::string &source) {
  if (source == "PreAuthentication_Authentication" && event.contains("blocked"))
    throw std::runtime_error("This account is blocked.");
  if (source == "PreSignUp_SignUp")
    throw std::runtime_error("never thrown: the call is for sign-in sources only");
}

// triggerlint: trigger=PreAuthentication, PostAuthentication
invocation_response handler(invocation_request const &req) {
  json event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "PreAuthentication_Authentication" || source == "PostAuthentication_Authentication")
    check(event, source);
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: {{.*}}helper-under-either-guard.cpp:19:5: error: 'throw std::runtime_error' escapes the handler: {{.*}}'PreAuthentication failed {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}helper-under-either-guard.cpp:29:5: note: called from here
// CHECK-NEXT: {{.*}}helper-under-either-guard.cpp:24:1: note: annotated here as a PreAuthentication handler
// CHECK-NEXT: {{.*}}helper-under-either-guard.cpp:20:17: warning: {{.*}} never sends 'PreSignUp_SignUp' {{.*}} [TL206 unreachable-trigger-source]

int main() {
  run_handler(handler);
  return 0;
}
