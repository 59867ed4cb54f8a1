// A switch over an enum read from the trigger source through NLOHMANN_JSON_SERIALIZE_ENUM guards
// its cases like comparisons: the pre-authentication denial is quiet, the post-authentication
// throw is TL201; a source that is no pair's string reads as the first pair's enumerator.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum class Kind { Other, PreAuth, PostAuth };
NLOHMANN_JSON_SERIALIZE_ENUM(Kind, {
    {Kind::Other, nullptr},
    {Kind::PreAuth, "PreAuthentication_Authentication"},
    {Kind::PostAuth, "PostAuthentication_Authentication"},
})

// triggerlint: trigger=PreAuthentication, PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  switch (event["triggerSource"].get<Kind>()) {
  case Kind::PreAuth:
    return invocation_response::failure("Sign-in denied", "Denied");
  case Kind::PostAuth:
    if (event["request"].contains("newDeviceUsed"))
      return invocation_response::failure("new device", "Device");
// CHECK: {{.*}}serialized-enum-switch.cpp:[[@LINE-1]]:14: error: 'invocation_response::failure' fails the PostAuthentication trigger{{.*}} [TL201 post-auth-blocking]
    break;
  case Kind::Other:
    break;
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
