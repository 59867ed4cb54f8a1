// Code that the CFG reaches but no trigger source does (a test no source passes: a mapped value no
// source maps to, `src == A && src == B`) never runs: its failures, waits and calls are no facts.
// Before, such code fell back to the walk's own guards and read as unguarded. A catch handler,
// which the CFG reaches through no edge, keeps the walk's guards.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
using namespace aws::lambda_runtime;

enum class Kind { Pre, Post, Never };
static Kind parse(const std::string &s) { return s == "PreAuthentication_Authentication" ? Kind::Pre : Kind::Post; }
static void helper() { throw std::logic_error("from the helper"); }
static void audit() { throw std::runtime_error("audit"); }

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string src = event["triggerSource"];
  if (parse(src) == Kind::Never)
    throw std::runtime_error("never");
  if (src == "PreAuthentication_Authentication" && src == "PostAuthentication_Authentication") {
    std::this_thread::sleep_for(std::chrono::seconds(9));
    helper();
  }
  try {
    audit();
  } catch (const std::exception &e) {
    return invocation_response::failure(e.what(), "AuditFailed");
  }
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 20:21
// CHECK-NEXT: failure failure [invocation_response::failure] 32:12{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 25:14{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 25:59 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 16:55 via=23:7{{$}}
// CHECK-NOT: failure
// CHECK-NOT: slow

int main() {
  run_handler(handler);
  return 0;
}
