// A lambda stored in a variable runs where it is called, not where it is written: its throws
// carry the call as a note and the guards around the call. One that is never called runs never.
// Before, the body was also walked at its definition, with no guard: a pre-authentication denial
// behind `deny(event)` read as a throw in every trigger, and `unused` as a throw at all.
// What a lambda writes into JSON it captured by reference is written at the call too (before:
// at the lambda, unguarded); a copy it captured is its own, so its writes are no response's. A
// lambda that serialises a variable it captured (`respond`) answers with that variable.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string src = event["triggerSource"];
  auto deny = [](const json &) { throw std::runtime_error("denied"); };
  auto unused = [](const json &) { throw std::runtime_error("never"); };
  if (src == "PreAuthentication_Authentication")
    deny(event);
  auto confirm = [&event]() { event["response"]["autoConfirmUser"] = true; };
  auto scratch = [event]() mutable { event["response"]["autoVerifyEmail"] = true; };
  if (src == "PreSignUp_SignUp") {
    confirm();
    scratch();
  }
  auto respond = [&event]() { return invocation_response::success(event.dump(), "application/json"); };
  return respond();
}
// CHECK: handler handler 16:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 19:34 via=22:5 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 21:14
// CHECK-NEXT: compare == PreSignUp_SignUp 25:14
// CHECK-NEXT: write response.autoConfirmUser 23:49 via=26:5 guards=PreSignUp_SignUp{{$}}
// CHECK-NOT: failure
// CHECK-NOT: write

int main() {
  run_handler(handler);
  return 0;
}
