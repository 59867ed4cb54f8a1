// Annotated as PostAuthentication only: the PreAuthentication branch never runs.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

#include <string>

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "PreAuthentication_Authentication")
// CHECK: {{.*}}other-trigger.cpp:[[@LINE-1]]:17: warning: this handler serves PostAuthentication, which never sends 'PreAuthentication_Authentication' (the PreAuthentication trigger sends it), so this branch never runs; bind the handler to that trigger or remove the branch [TL206 unreachable-trigger-source]
// CHECK-NEXT: {{.*}}other-trigger.cpp:11:1: note: annotated here as a PostAuthentication handler
    return invocation_response::success(event.dump(), "application/json");
  if (source == "PostAuthentication_Authentication")
    return invocation_response::success(event.dump(), "application/json");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
