// A helper called first in the PreAuthentication branch and then again without a guard: its throw
// is reached in two contexts, and the unguarded call makes it a post-authentication failure. The
// expansion follows a function once per context, never once for all of them, so the guarded call
// coming first does not hide the unguarded one.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

using namespace aws::lambda_runtime;

static void audit(nlohmann::json const &event) {
  if (!event.contains("userName"))
    throw std::runtime_error("no user name");
// CHECK: {{.*}}guarded-and-unguarded-call.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:36:3: note: called from here
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:28:50: note: called from here
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:30:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:[[@LINE-5]]:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:35:5: note: called from here
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:28:50: note: called from here
// CHECK-NEXT: {{.*}}guarded-and-unguarded-call.cpp:30:1: note: annotated here as a PreAuthentication handler
}

static void check(nlohmann::json const &event) { audit(event); }

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  const std::string source = event["triggerSource"];
  if (source == "PreAuthentication_Authentication")
    check(event);
  check(event);
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
