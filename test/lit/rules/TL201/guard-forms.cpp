// A handler serving PreAuthentication and PostAuthentication denies sign-in in every guard form
// the trigger-source dataflow reads: a ternary, `&&` with a bool, a switch over the enum a function
// maps the source to, an early `continue` in a loop. Only the unguarded post-authentication
// failures are reported.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

using namespace aws::lambda_runtime;

enum class Kind { Pre, Post };

Kind kindOf(std::string_view s) { return s == "PreAuthentication_Authentication" ? Kind::Pre : Kind::Post; }

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  const std::string source = event["triggerSource"];
  std::string_view view = source;
  const bool locked = event["request"]["userAttributes"].value("custom:locked", "") == "true";
  if (locked && view == "PreAuthentication_Authentication")
    return invocation_response::failure("locked", "AccountLocked");
  switch (kindOf(source)) {
  case Kind::Pre:
    if (event["request"]["userAttributes"].value("custom:banned", "") == "true")
      return invocation_response::failure("banned", "Banned");
    break;
  case Kind::Post:
    if (event["request"]["userAttributes"].value("custom:audit", "") == "fail")
      throw std::runtime_error("audit failed");
// CHECK: {{.*}}guard-forms.cpp:[[@LINE-1]]:7: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}guard-forms.cpp:20:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}guard-forms.cpp:[[@LINE-3]]:7: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}guard-forms.cpp:20:1: note: annotated here as a PostAuthentication handler
    break;
  }
  for (int i = 0; i < 2; ++i) {
    if (!source.starts_with("PreAuthentication_"))
      continue;
    return invocation_response::failure("retry", "Denied");
  }
  return view != "PreAuthentication_Authentication"
             ? invocation_response::success(event.dump(), "application/json")
             : invocation_response::failure("denied", "Denied");
}

int main() {
  run_handler(handler);
  return 0;
}
