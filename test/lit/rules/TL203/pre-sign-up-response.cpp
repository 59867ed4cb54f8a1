// PreSignUp reads autoConfirmUser and autoVerifyEmail: nothing to report.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreSignUp
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event["response"]["autoConfirmUser"] = true;
  event["response"]["autoVerifyEmail"] = true;
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
