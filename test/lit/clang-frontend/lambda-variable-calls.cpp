// A lambda stored in a variable runs where it is called, not where it is written: its throws
// carry the call as a note and the guards around the call. One that is never called runs never.
// Before, the body was also walked at its definition, with no guard: a pre-authentication denial
// behind `deny(event)` read as a throw in every trigger, and `unused` as a throw at all.
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
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 13:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 16:34 via=19:5 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 18:14
// CHECK-NOT: failure

int main() {
  run_handler(handler);
  return 0;
}
