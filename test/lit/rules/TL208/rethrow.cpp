// `throw;` in a catch (...) rethrows what it caught, and std::rethrow_exception rethrows a type only
// catch (...) is sure to catch: both escape. A throw two calls down caught by its type in the
// middle function does not.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <exception>
#include <iostream>
#include <stdexcept>

using namespace aws::lambda_runtime;

void store(nlohmann::json const &event) {
  if (!event.contains("userName"))
    throw std::runtime_error("store unavailable");
// CHECK: {{.*}}rethrow.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrow.cpp:49:3: note: called from here
// CHECK-NEXT: {{.*}}rethrow.cpp:43:52: note: called from here
// CHECK-NEXT: {{.*}}rethrow.cpp:37:5: note: called from here
// CHECK-NEXT: {{.*}}rethrow.cpp:45:1: note: annotated here as a PreSignUp handler
}

void store_logged(nlohmann::json const &event) {
  try {
    store(event);
  } catch (const std::runtime_error &e) {
    std::cerr << "store failed: " << e.what() << '\n';
  }
}

void record(nlohmann::json const &event) { store_logged(event); }

void store_checked(nlohmann::json const &event) {
  try {
    store(event);
  } catch (const std::invalid_argument &e) {
    std::cerr << "bad event: " << e.what() << '\n';
  }
}

void record_checked(nlohmann::json const &event) { store_checked(event); }

// triggerlint: trigger=PreSignUp
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  record(event);
  record_checked(event);
  try {
    store(event);
  } catch (...) {
    std::cerr << "store failed\n";
    throw;
// CHECK: {{.*}}rethrow.cpp:[[@LINE-1]]:5: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrow.cpp:45:1: note: annotated here as a PreSignUp handler
  }
  std::exception_ptr failed;
  try {
    store(event);
  } catch (...) {
    failed = std::current_exception();
  }
  if (failed)
    std::rethrow_exception(failed);
// CHECK: {{.*}}rethrow.cpp:[[@LINE-1]]:5: error: 'std::rethrow_exception' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrow.cpp:45:1: note: annotated here as a PreSignUp handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
