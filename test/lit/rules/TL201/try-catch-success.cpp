// The right post-authentication handler: side effects wrapped in try/catch, errors logged, and
// the event returned with success. Nothing to report.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <stdexcept>

using namespace aws::lambda_runtime;

void record_sign_in(nlohmann::json const &event) {
  if (!event.contains("userName"))
    throw std::runtime_error("no user name");
}

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  try {
    record_sign_in(event);
  } catch (std::exception const &e) {
    std::cerr << "audit write failed: " << e.what() << '\n';
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
