// Guards from the trigger-source dataflow over Clang's CFG: ?:, &&, ||, !, a string_view copy, a
// bool holding a test, loops with continue, and nested tests that narrow an earlier one.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

invocation_response ternary(invocation_request const& req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  return src == "PreAuthentication_Authentication" ? invocation_response::failure("denied", "Denied")
                                                   : invocation_response::success(event.dump(), "application/json");
}

invocation_response logic(invocation_request const& req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  std::string_view view = src;
  bool locked = event["request"]["userAttributes"].value("custom:locked", "") == "true";
  if (view == "PreAuthentication_Authentication" && locked)
    throw std::runtime_error("and");
  if (!(src != "PreSignUp_SignUp") || src == "PreSignUp_AdminCreateUser")
    throw std::runtime_error("or");
  if (locked || src == "PostConfirmation_ConfirmSignUp")
    return invocation_response::success(event.dump(), "application/json");
  throw std::runtime_error("after-or");
}

invocation_response loop(invocation_request const& req) {
  auto event = json::parse(req.payload);
  const std::string src = event["triggerSource"];
  const bool pre = src.starts_with("PreAuthentication_");
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (!pre)
      continue;
    throw std::runtime_error("loop");
  }
  while (src != "CustomMessage_SignUp") {
    if (src == "CustomMessage_ForgotPassword")
      throw std::runtime_error("while");
    break;
  }
  return invocation_response::success(event.dump(), "application/json");
}

// CHECK: handler ternary 12:21
// CHECK-NEXT: failure failure [invocation_response::failure] 15:54 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 15:17{{$}}
// CHECK: handler logic 19:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 25:5 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 27:5 guards=PreSignUp_AdminCreateUser|PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 30:3 excluded=PostConfirmation_ConfirmSignUp|PreSignUp_AdminCreateUser|PreSignUp_SignUp{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 24:15{{$}}
// CHECK-NEXT: compare != PreSignUp_SignUp 26:16{{$}}
// CHECK-NEXT: compare == PreSignUp_AdminCreateUser 26:46 excluded=PreSignUp_SignUp{{$}}
// CHECK-NEXT: compare == PostConfirmation_ConfirmSignUp 28:24 excluded=PreSignUp_AdminCreateUser|PreSignUp_SignUp{{$}}
// CHECK: handler loop 33:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 40:5 guards=PreAuthentication_{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 44:7 guards=CustomMessage_ForgotPassword{{$}}
// CHECK-NEXT: compare starts_with PreAuthentication_ 36:36{{$}}
// CHECK-NEXT: compare != CustomMessage_SignUp 42:17{{$}}
// CHECK-NEXT: compare == CustomMessage_ForgotPassword 43:16 excluded=CustomMessage_SignUp{{$}}
// REQUIRES: clang-frontend
