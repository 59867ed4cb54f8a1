// A throw caught inside the handler does not escape.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreSignUp
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  try {
    if (!event.contains("userName"))
      throw std::invalid_argument("no user name");
  } catch (std::invalid_argument const &e) {
    return invocation_response::failure(e.what(), "InvalidEvent");
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
