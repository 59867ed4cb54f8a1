// A payload that only a custom sender's source reaches through a switch over a value mapped from
// the trigger source is not judged for the handler's other trigger: the trigger-source flow's
// guards apply to success() payloads as they do to failures. Before, the payload kept the walk's
// guards, none for a switch, and the empty string read as PreSignUp's answer (a false TL209).
// A payload that PreSignUp reaches is judged (the second handler).
// RUN: not %triggerlint -q --no-config %s -- -std=c++20 2>&1 | FileCheck %s --implicit-check-not='[TL'
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum class Kind { SignUp, Sender };
static Kind kindOf(const std::string &src) { return src == "CustomSMSSender_SignUp" ? Kind::Sender : Kind::SignUp; }

// triggerlint: trigger=PreSignUp, CustomSMSSender
invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string src = event["triggerSource"];
  switch (kindOf(src)) {
  case Kind::Sender:
    return invocation_response::success("", "application/json");
  case Kind::SignUp:
    break;
  }
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp, CustomSMSSender
invocation_response reversed(invocation_request const &req) {
  auto event = json::parse(req.payload);
  std::string src = event["triggerSource"];
  switch (kindOf(src)) {
  case Kind::SignUp:
    return invocation_response::success("", "application/json");
  case Kind::Sender:
    break;
  }
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: switch-guarded-payload.cpp:35:41: error: the success() payload is an empty string, not the event the PreSignUp trigger sent{{.*}} [TL209

int main() {
  run_handler(handler);
  run_handler(reversed);
  return 0;
}
