// A call of a function object, `Deny{}(event)` or `deny(event)`, runs the object's operator(),
// which the analysis follows like any function of the function's code: its throws, failures and
// response writes are the caller's, with the call as a note. Operators other than the call
// operator (a table's operator[], a comparison) are not followed as calls.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

struct Deny {
  void operator()(const json &) const { throw std::runtime_error("denied"); }
};
struct Confirm {
  void operator()(json &event) const { event["response"]["autoConfirmUser"] = true; }
};
struct Lookup {
  bool operator[](const std::string &) const { throw std::logic_error("never called as a function"); }
};

invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  Deny deny;
  if (event.contains("blocked"))
    deny(event);
  Confirm{}(event);
  Lookup lookup;
  (void)lookup["x"];
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 23:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:41 via=27:5{{$}}
// CHECK-NEXT: write response.autoConfirmUser 17:58 via=28:3{{$}}
// CHECK-NOT: failure

int main() {
  run_handler(handler);
  return 0;
}
