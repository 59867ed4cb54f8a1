// Routing tables keyed by trigger-source literals: a lookup by the trigger source compares it with
// every key (a misspelt key included), and the function each entry holds (a function, a lambda, a
// function pointer) runs under its key.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

static invocation_response preAuth(json& event) {
  if (event["request"]["userAttributes"].value("custom:locked", "") == "true")
    return invocation_response::failure("locked", "Denied");
  return invocation_response::success(event.dump(), "application/json");
}

static const std::unordered_map<std::string, std::function<invocation_response(json&)>> routes = {
    {"PreAuthentication_Authentication", preAuth},
    {"PostAuthentication_Authentication", [](json& event) -> invocation_response {
       throw std::runtime_error("audit failed");
     }},
    {"PostConfirmation_ConfirmSignup", preAuth},
};

invocation_response handler(invocation_request const& req) {
  auto event = json::parse(req.payload);
  auto it = routes.find(event["triggerSource"].get<std::string>());
  if (it == routes.end())
    return invocation_response::success(event.dump(), "application/json");
  return it->second(event);
}

using Route = invocation_response (*)(json&);
invocation_response byAt(invocation_request const& req) {
  static const std::map<std::string, Route> table{{"PreAuthentication_Authentication", &preAuth}};
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  if (!table.contains(src))
    return invocation_response::success(event.dump(), "application/json");
  return table.at(src)(event);
}

// CHECK: handler handler 29:21
// CHECK-NEXT: failure failure [invocation_response::failure] 17:12 via=34:10 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 24:8 via=34:10 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 17:12 via=34:10 guards=PostConfirmation_ConfirmSignup{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 22:6{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 23:6{{$}}
// CHECK-NEXT: compare == PostConfirmation_ConfirmSignup 26:6{{$}}
// CHECK: handler byAt 38:21
// CHECK-NEXT: failure failure [invocation_response::failure] 17:12 via=44:10 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 39:52{{$}}
// REQUIRES: clang-frontend
