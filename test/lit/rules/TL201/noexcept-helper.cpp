// A throw that leaves a noexcept helper is std::terminate at the call, whatever catches around the
// call: it fails the sign-in (TL201) as an exit, not as an exception (no TL208). A noexcept helper
// that catches its own errors is fine.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <stdexcept>

using namespace aws::lambda_runtime;

void audit(nlohmann::json const &event) noexcept {
  if (!event.contains("userName"))
    throw std::runtime_error("no user name");
}

void audit_logged(nlohmann::json const &event) noexcept {
  try {
    if (!event.contains("userName"))
      throw std::runtime_error("no user name");
  } catch (std::exception const &e) {
    std::cerr << "audit failed: " << e.what() << '\n';
  }
}

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  audit_logged(event);
  try {
    audit(event);
// CHECK: {{.*}}noexcept-helper.cpp:[[@LINE-1]]:5: error: 'std::terminate: throw std::runtime_error leaves noexcept audit()' ends the runtime process and fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}noexcept-helper.cpp:28:1: note: annotated here as a PostAuthentication handler
  } catch (...) {
    std::cerr << "audit failed\n";
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
