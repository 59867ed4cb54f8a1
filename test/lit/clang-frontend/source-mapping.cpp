// Mapping functions: `switch` over the enum a function maps from triggerSource narrows per case
// (default: the sources of the values no case lists), an int kind compared with ==, and a bool
// predicate; the mapping function's own literals are comparisons with the trigger source.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum class Source { PreAuth, PostAuth, Other };

Source parse(const std::string& s) {
  if (s == "PreAuthentication_Authentication")
    return Source::PreAuth;
  else if (s == "PostAuthentication_Authentication")
    return Source::PostAuth;
  return Source::Other;
}

int code(const std::string& s) { return s == "PreSignUp_SignUp" ? 1 : s.starts_with("CustomMessage_") ? 2 : 0; }

bool isPostAuth(const std::string& s) { return s == "PostAuthentication_Authentication"; }

invocation_response handler(invocation_request const& req) {
  auto event = json::parse(req.payload);
  switch (parse(event["triggerSource"].get<std::string>())) {
  case Source::PreAuth:
    return invocation_response::failure("denied", "Denied");
  case Source::PostAuth:
    break;
  default:
    throw std::runtime_error("default");
  }
  return invocation_response::success(event.dump(), "application/json");
}

invocation_response kinds(invocation_request const& req) {
  auto event = json::parse(req.payload);
  const int kind = code(event["triggerSource"]);
  if (kind == 2)
    throw std::runtime_error("custom message");
  if (!isPostAuth(event["triggerSource"]))
    throw std::runtime_error("not post");
  return invocation_response::success(event.dump(), "application/json");
}

Source fromTable(const std::string& s) {
  static const std::map<std::string, Source> table = {
      {"PreAuthentication_Authentication", Source::PreAuth}, {"PostAuthentication_Authentication", Source::PostAuth}};
  auto it = table.find(s);
  return it == table.end() ? Source::Other : it->second;
}

invocation_response tabled(invocation_request const& req) {
  auto event = json::parse(req.payload);
  if (fromTable(event["triggerSource"]) == Source::PostAuth)
    return invocation_response::success(event.dump(), "application/json");
  throw std::runtime_error("not post");
}

// CHECK: handler handler 26:21
// CHECK-NEXT: failure failure [invocation_response::failure] 30:12 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 34:5 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 15:12 via=28:11{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 17:17 via=28:11 excluded=PreAuthentication_Authentication{{$}}
// CHECK: handler kinds 39:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 43:5 guards=CustomMessage_{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 45:5 excluded=CustomMessage_|PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreSignUp_SignUp 22:46 via=41:20{{$}}
// CHECK-NEXT: compare starts_with CustomMessage_ 22:85 via=41:20 excluded=PreSignUp_SignUp{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 24:53 via=44:8 excluded=CustomMessage_{{$}}
// CHECK: handler tabled 56:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 60:3 excluded=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 51:8 via=58:7{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 51:63 via=58:7{{$}}
// REQUIRES: clang-frontend
