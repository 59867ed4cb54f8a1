// Response paths (response_paths.cpp): a helper that builds and serialises a JSON object of its
// own sends the handler's response when the handler returns the helper's invocation_response
// (`return respond();`, or one branch of `return c ? respond() : ...;`), with the call and the
// guards on the way; a helper whose response the handler drops sends nothing, whatever it writes.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --implicit-check-not=write
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <string>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

static invocation_response confirmed(const json &event) {
  json out = event;
  out["response"]["autoConfirmUser"] = true;
  return invocation_response::success(out.dump(), "application/json");
}
static invocation_response viaAnother(const json &event) { return confirmed(event); }

invocation_response returnsHelpers(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "PreSignUp_AdminCreateUser")
    return viaAnother(event);
  return confirmed(event);
}

invocation_response dropsHelper(invocation_request const &req) {
  auto event = json::parse(req.payload);
  invocation_response ignored = confirmed(event);
  (void)ignored;
  return invocation_response::success(req.payload, "application/json");
}

invocation_response choosesHelper(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  return source == "PreSignUp_SignUp" ? confirmed(event)
                                      : invocation_response::success(req.payload, "application/json");
}

// CHECK: handler returnsHelpers 20:21
// CHECK-NEXT: compare == PreSignUp_AdminCreateUser 23:17{{$}}
// CHECK-NEXT: write response.autoConfirmUser 15:19 via=24:12,18:67 guards=PreSignUp_AdminCreateUser{{$}}
// CHECK-NEXT: handler dropsHelper 28:21
// CHECK-NEXT: handler choosesHelper 35:21
// CHECK-NEXT: compare == PreSignUp_SignUp 38:20{{$}}
// CHECK-NEXT: write response.autoConfirmUser 15:19 via=38:41 guards=PreSignUp_SignUp{{$}}

int main() {
  run_handler(returnsHelpers);
  run_handler(dropsHelper);
  run_handler(choosesHelper);
  return 0;
}
