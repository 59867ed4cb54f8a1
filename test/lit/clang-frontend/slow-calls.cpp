// Slow calls with constant evaluation (constexpr variables, chrono literals and types).
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <aws/core/client/ClientConfiguration.h>
#include <chrono>
#include <thread>
#include <unistd.h>
using namespace aws::lambda_runtime;
using namespace std::chrono_literals;

typedef void CURL;
enum CURLoption { CURLOPT_TIMEOUT = 13, CURLOPT_CONNECTTIMEOUT = 78, CURLOPT_TIMEOUT_MS = 155, CURLOPT_CONNECTTIMEOUT_MS = 156 };
extern "C" int curl_easy_setopt(CURL *curl, CURLoption option, ...);

constexpr int kWaitMs = 6000;

static void backoff(int attempt) { std::this_thread::sleep_for(std::chrono::seconds(attempt)); }

invocation_response handler(invocation_request const& req) {
  std::this_thread::sleep_for(std::chrono::seconds(7));
  std::this_thread::sleep_for(std::chrono::milliseconds(kWaitMs));
  std::this_thread::sleep_for(1500ms);
  std::this_thread::sleep_for(2min);
  sleep(6);
  usleep(250000);
  CURL *h = nullptr;
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, kWaitMs + 1);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 2L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 700L);
  Aws::Client::ClientConfiguration cfg;
  cfg.requestTimeoutMs = 8000;
  cfg.connectTimeoutMs = 2 * 1000;
  cfg.httpRequestTimeoutMs = static_cast<long>(req.payload.size());
  backoff(3);
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: handler handler 19:21
// CHECK-NEXT: slow std::this_thread::sleep_for millis=7000 20:3{{$}}
// CHECK-NEXT: slow std::this_thread::sleep_for millis=6000 21:3{{$}}
// CHECK-NEXT: slow std::this_thread::sleep_for millis=1500 22:3{{$}}
// CHECK-NEXT: slow std::this_thread::sleep_for millis=120000 23:3{{$}}
// CHECK-NEXT: slow sleep millis=6000 24:3{{$}}
// CHECK-NEXT: slow usleep millis=250 25:3{{$}}
// CHECK-NEXT: slow CURLOPT_TIMEOUT millis=10000 27:3{{$}}
// CHECK-NEXT: slow CURLOPT_TIMEOUT_MS millis=6001 28:3{{$}}
// CHECK-NEXT: slow CURLOPT_CONNECTTIMEOUT millis=2000 29:3{{$}}
// CHECK-NEXT: slow CURLOPT_CONNECTTIMEOUT_MS millis=700 30:3{{$}}
// CHECK-NEXT: slow requestTimeoutMs millis=8000 32:3{{$}}
// CHECK-NEXT: slow connectTimeoutMs millis=2000 33:3{{$}}
// CHECK-NEXT: slow httpRequestTimeoutMs millis=None 34:3{{$}}
// CHECK-NEXT: slow std::this_thread::sleep_for millis=None 17:36 via=35:3{{$}}
// REQUIRES: clang-frontend
