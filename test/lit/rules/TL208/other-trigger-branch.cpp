// A throw in the branch of a trigger source that none of the handler's triggers sends cannot run
// where the handler is bound: not reported. The same throw with no trigger known (a second handler
// without a binding, an annotation or a comparison of its own) is reported.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

using namespace aws::lambda_runtime;

static void check(const nlohmann::json &event) {
  if (event["triggerSource"] == "PreSignUp_SignUp")
// CHECK: {{.*}}other-trigger-branch.cpp:[[@LINE-1]]:33: warning: this handler serves PostAuthentication, which never sends 'PreSignUp_SignUp'{{.*}} [TL206 unreachable-trigger-source]
    throw std::runtime_error("sign-up only");
}

// triggerlint: trigger=PostAuthentication
invocation_response postAuth(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  check(event);
  return invocation_response::success(event.dump(), "application/json");
}

invocation_response unbound(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event.contains("x"))
    throw std::logic_error("always possible");
// CHECK: {{.*}}other-trigger-branch.cpp:[[@LINE-1]]:5: error: 'throw std::logic_error' escapes the handler{{.*}} [TL208 exception-escapes-handler]
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(postAuth);
  run_handler(unbound);
  return 0;
}
