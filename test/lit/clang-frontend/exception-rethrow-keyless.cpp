// A rethrow of what a routing table's lookup throws for a source that is no key (std::out_of_range
// from at(), std::bad_function_call from operator[]'s empty std::function) carries that condition:
// it runs only under sources that are no key, as the lookup's own throw does, keeps the thrown type
// for the catch clauses outside, and is no failure where a membership test lets only keys through.
// A user throw in the same try block makes the rethrow unconditional again.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
using namespace aws::lambda_runtime;

static std::unordered_map<std::string, std::function<void()>> routes = {
    {"PreSignUp_SignUp", [] {}},
    {"PreSignUp_AdminCreateUser", [] {}},
};

invocation_response handler(invocation_request const& req) {
  const std::string source = nlohmann::json::parse(req.payload)["triggerSource"];
  try {
    routes.at(source)();
  } catch (...) {
    throw;
  }
  try {
    try {
      routes[source]();
    } catch (const std::exception&) {
      throw;
    }
  } catch (const std::out_of_range&) {
  }
  try {
    if (routes.contains(source))
      routes.at(source)();
  } catch (...) {
    throw;
  }
  try {
    routes.at(source)();
    if (source.empty())
      throw std::runtime_error("empty");
  } catch (...) {
    throw;
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: handler handler 20:21
// CHECK-NEXT: failure throw [throw] 25:5 excluded=PreSignUp_AdminCreateUser|PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure throw [throw] 31:7 excluded=PreSignUp_AdminCreateUser|PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure throw [throw] 46:5{{$}}
// CHECK-NEXT: compare == PreSignUp_SignUp 16:6
// CHECK-NEXT: compare == PreSignUp_AdminCreateUser 17:6

int main() {
  run_handler(handler);
  return 0;
}
