// A side effect wrapped in a try whose catch clause names another type still fails the sign-in:
// the runtime_error escapes catch (std::invalid_argument).
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <stdexcept>

using namespace aws::lambda_runtime;

void record_sign_in(nlohmann::json const &event) {
  if (!event.contains("userName"))
    throw std::runtime_error("no user name");
// CHECK: {{.*}}typed-catch.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}typed-catch.cpp:28:5: note: called from here
// CHECK-NEXT: {{.*}}typed-catch.cpp:24:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}typed-catch.cpp:[[@LINE-4]]:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}typed-catch.cpp:28:5: note: called from here
// CHECK-NEXT: {{.*}}typed-catch.cpp:24:1: note: annotated here as a PostAuthentication handler
}

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  try {
    record_sign_in(event);
  } catch (std::invalid_argument const &e) {
    std::cerr << "audit write failed: " << e.what() << '\n';
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
