// A 10-second back-off in a synchronous trigger: Cognito stopped waiting after 5 s.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

#include <chrono>
#include <thread>

bool store_profile(nlohmann::json const &) { return true; }

// triggerlint: trigger=PostConfirmation
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (!store_profile(event)) {
    std::this_thread::sleep_for(std::chrono::seconds(10));
// CHECK: {{.*}}sleep.cpp:[[@LINE-1]]:5: warning: '{{.*}}sleep_for' waits up to 10 s, but Cognito waits only 5 s for the PostConfirmation trigger; keep waits well under 5 s, including retries and the cold start [TL207 slow-call-in-trigger]
// CHECK-NEXT: {{.*}}sleep.cpp:14:1: note: annotated here as a PostConfirmation handler
    store_profile(event);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
