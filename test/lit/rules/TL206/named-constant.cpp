// A real trigger source the configured trigger never sends, held in a named constant, is reported
// at each comparison that names the constant, with a note at the literal, as TL205 does.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

using namespace aws::lambda_runtime;

constexpr std::string_view kPreAuth = "PreAuthentication_Authentication";
constexpr auto kPostAuth = "PostAuthentication_Authentication";

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  const std::string src = event["triggerSource"];
  int matched = 0;
  if (src == kPreAuth)
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:14: warning: this handler serves PostAuthentication, which never sends 'PreAuthentication_Authentication' {{.*}} [TL206 unreachable-trigger-source]
// CHECK-NEXT: {{.*}}named-constant.cpp:13:39: note: 'PreAuthentication_Authentication' is written here
// CHECK-NEXT: {{.*}}named-constant.cpp:16:1: note: annotated here as a PostAuthentication handler
    ++matched;
  if (kPreAuth == src)
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:7: warning: this handler serves PostAuthentication, which never sends 'PreAuthentication_Authentication' {{.*}} [TL206 unreachable-trigger-source]
// CHECK-NEXT: {{.*}}named-constant.cpp:13:39: note: 'PreAuthentication_Authentication' is written here
    ++matched;
  if (src == "PreAuthentication_Authentication")
// CHECK: {{.*}}named-constant.cpp:[[@LINE-1]]:14: warning: this handler serves PostAuthentication, which never sends 'PreAuthentication_Authentication' {{.*}} [TL206 unreachable-trigger-source]
// CHECK-NOT: is written here
// CHECK: {{.*}}named-constant.cpp:16:1: note: annotated here as a PostAuthentication handler
    ++matched;
  if (src == kPostAuth)
    ++matched;
  event["matched"] = matched;
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
