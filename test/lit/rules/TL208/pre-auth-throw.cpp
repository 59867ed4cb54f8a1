// A pre-authentication handler that denies with a throw: not TL201 (pre-authentication may deny),
// but the exception aborts the runtime instead of failing the invocation (TL208).
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["request"]["userAttributes"].value("custom:locked", "") == "true")
    throw std::runtime_error("This account is locked.");
// CHECK: {{.*}}pre-auth-throw.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error{{.*}}' escapes the handler: aws-lambda-cpp does not catch exceptions, so the runtime process aborts and Cognito reports 'PreAuthentication failed with error RequestId: ... Runtime exited with error' instead of the message, and the next invocation starts cold; return invocation_response::failure(message, type) instead [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}pre-auth-throw.cpp:12:1: note: annotated here as a PreAuthentication handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
