// A throw that only a misspelt trigger source reaches is dead code: TL205 reports the comparison and
// TL208 stays quiet there. The same throw under the real source, and in the else branch of the
// misspelt comparison (which every real source takes), escapes.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "PreSignUp_SignUpp")
// CHECK: {{.*}}misspelt-guard.cpp:[[@LINE-1]]:17: error: 'PreSignUp_SignUpp' is not a trigger source {{.*}} [TL205 unknown-trigger-source]
    throw std::runtime_error("dead until the comparison is fixed");
  if (source == "PreSignUp_SignUp")
    throw std::runtime_error("denied");
// CHECK: {{.*}}misspelt-guard.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error' escapes the handler{{.*}} [TL208 exception-escapes-handler]
  if (source == "PreSignUp_AdminCreateUserr") {
// CHECK: {{.*}}misspelt-guard.cpp:[[@LINE-1]]:17: error: 'PreSignUp_AdminCreateUserr' is not a trigger source {{.*}} [TL205 unknown-trigger-source]
    return invocation_response::success(event.dump(), "application/json");
  } else {
    throw std::logic_error("every real source");
// CHECK: {{.*}}misspelt-guard.cpp:[[@LINE-1]]:5: error: 'throw std::logic_error' escapes the handler{{.*}} [TL208 exception-escapes-handler]
  }
}

int main() {
  run_handler(handler);
  return 0;
}
