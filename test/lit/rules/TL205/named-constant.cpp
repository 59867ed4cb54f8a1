// A misspelt trigger source held in a named constant is reported at each comparison that uses the
// constant (each is a branch that never runs), with a note at the literal, where the fix goes.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

using namespace aws::lambda_runtime;

constexpr auto kPostAuth = "PostAuthentication_Authentcation";
constexpr std::string_view kPreAuth = "PreAuthentication_Authentication";
constexpr std::string_view kSignUp{"PreSignUp_SignUpp"};
constexpr std::string_view kAdmin = kSignUp;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  const std::string src = event["triggerSource"];
  int matched = 0;
  if (src == kPostAuth)
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:14: error: 'PostAuthentication_Authentcation' is not a trigger source Cognito sends {{.*}} [TL205 unknown-trigger-source]
// CHECK-NEXT: {{.*}}named-constant.cpp:13:28: note: 'PostAuthentication_Authentcation' is written here
    ++matched;
  if (src == kPreAuth)
    ++matched;
  if (kPostAuth == src && event.contains("userName"))
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:7: error: 'PostAuthentication_Authentcation' is not a trigger source Cognito sends {{.*}} [TL205 unknown-trigger-source]
// CHECK-NEXT: {{.*}}named-constant.cpp:13:28: note: 'PostAuthentication_Authentcation' is written here
    ++matched;
  if (src == kAdmin)
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:14: error: 'PreSignUp_SignUpp' is not a trigger source Cognito sends {{.*}} [TL205 unknown-trigger-source]
// CHECK-NEXT: {{.*}}named-constant.cpp:15:36: note: 'PreSignUp_SignUpp' is written here
    ++matched;
  if (src == "PreSignUp_AdminCreateUsr")
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:14: error: 'PreSignUp_AdminCreateUsr' is not a trigger source Cognito sends {{.*}} [TL205 unknown-trigger-source]
// CHECK-NOT: note: 'PreSignUp_AdminCreateUsr' is written here
    ++matched;
  event["matched"] = matched;
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
