// Custom senders are invoked asynchronously: a long wait is not reported.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --allow-empty --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

#include <chrono>
#include <thread>

// triggerlint: trigger=CustomEmailSender
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::this_thread::sleep_for(std::chrono::seconds(10));
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
