// Waits (waits.cpp): what is not a wait stays out of the facts (a sleep_for outside
// std::this_thread, a member sleep(), a libcurl option that is not a timeout, a ClientConfiguration
// member that is not a timeout), sleep_until has no constant duration, and a wait keeps the guards
// it is reached under.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --implicit-check-not=slow
#include <aws/lambda-runtime/runtime.h>
#include <aws/core/client/ClientConfiguration.h>
#include <chrono>
#include <string>
#include <thread>
using namespace aws::lambda_runtime;

typedef void CURL;
enum CURLoption { CURLOPT_URL = 10002, CURLOPT_TIMEOUT = 13, CURLOPT_LOW_SPEED_TIME = 20 };
extern "C" int curl_easy_setopt(CURL *curl, CURLoption option, ...);

namespace backoff {
void sleep_for(std::chrono::milliseconds) {}
} // namespace backoff
struct Pacer {
  void sleep(int) {}
};

invocation_response clean(invocation_request const& req) {
  backoff::sleep_for(std::chrono::milliseconds(9000));
  Pacer p;
  p.sleep(10);
  CURL *h = nullptr;
  curl_easy_setopt(h, CURLOPT_URL, "https://example.com");
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 30L);
  Aws::Client::ClientConfiguration cfg;
  cfg.maxConnections = 25;
  return invocation_response::success(req.payload, "application/json");
}

invocation_response guarded(invocation_request const& req) {
  const std::string triggerSource = req.payload;
  if (triggerSource == "PreSignUp_SignUp") {
    std::this_thread::sleep_until(std::chrono::steady_clock::now() + std::chrono::seconds(1));
    CURL *h = nullptr;
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 4L);
  }
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: handler clean 24:21
// CHECK-NEXT: handler guarded 36:21
// CHECK: slow std::this_thread::sleep_until millis=None 39:5 guards=PreSignUp_SignUp{{$}}
// CHECK-NEXT: slow CURLOPT_TIMEOUT millis=4000 41:5 guards=PreSignUp_SignUp{{$}}
// REQUIRES: clang-frontend
