// A fact reached through a call runs under the sources both the call's guards and the callee's
// let through: `deny` is reached from `first` only for PreSignUp_SignUp, which the call of `first`
// (for PreAuthentication_Authentication) never passes, and from `second` only in the reverse case,
// so its throw never runs. Before, the guard lists were joined: the throw read as running for
// either source, once per order of the two lists. A helper called for two sources and testing one
// of them runs its fact for that one (`audit`).
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

void deny(const json &) { throw std::runtime_error("denied"); }
void first(const json &e, const std::string &s) {
  if (s == "PreSignUp_SignUp")
    deny(e);
}
void second(const json &e, const std::string &s) {
  if (s == "PreAuthentication_Authentication")
    deny(e);
}
void audit(const std::string &s) {
  if (s == "PostAuthentication_Authentication")
    throw std::invalid_argument("audit");
}

invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string src = event["triggerSource"];
  if (src == "PreAuthentication_Authentication")
    first(event, src);
  if (src == "PreSignUp_SignUp")
    second(event, src);
  if (src == "PostAuthentication_Authentication" || src == "PreSignUp_SignUp")
    audit(src);
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 29:21
// CHECK-NOT: failure throw [throw std::runtime_error]
// CHECK: failure throw [throw std::invalid_argument] 26:5 via=37:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NOT: failure

int main() {
  run_handler(handler);
  return 0;
}
