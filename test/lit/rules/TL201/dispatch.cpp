// No template, no annotation: the PostAuthentication branch is known from the triggerSource
// comparison. The PreAuthentication branch may deny; the PostAuthentication branch may not.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;

bool is_locked(nlohmann::json const &) { return false; }
bool device_limit_reached(nlohmann::json const &) { return false; }

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "PreAuthentication_Authentication") {
    if (is_locked(event))
      return invocation_response::failure("account locked", "AccountLocked");
  } else if (source == "PostAuthentication_Authentication") {
    if (device_limit_reached(event))
      return invocation_response::failure("too many devices", "DeviceLimit");
// CHECK: {{.*}}dispatch.cpp:[[@LINE-1]]:14: error: '{{.*}}failure{{.*}}' fails the PostAuthentication trigger: Cognito then fails the whole sign-in {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}dispatch.cpp:21:24: note: PostAuthentication inferred from the triggerSource comparison here
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
