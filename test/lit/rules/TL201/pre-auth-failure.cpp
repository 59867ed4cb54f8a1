// A pre-authentication handler that denies with invocation_response::failure: the right way.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["request"]["userAttributes"].value("custom:locked", "") == "true")
    return invocation_response::failure("This account is locked.", "AccountLocked");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
