// A function reached twice in the same state is followed once (call_path_visits.h), but the first
// path may have cut some of its callees because they were on that path (recursion). Here handler ->
// r -> m reaches m first; m -> s -> r is cut there, since r is on the path. handler -> k -> m reaches
// m in the same state. The first visit of m cut a call to r, above m on its path, so it was
// incomplete: the second arrival follows m's calls again and finds the throw in r leaving the
// noexcept s() through k's path (std::terminate at m's call of s), as it would without r(1).
// A visit whose cut is of the function itself or below it (recursion inside m) is complete.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void r(int n);
static void s(int n) noexcept { r(n); }
static void m(int n) {
  if (n > 0)
    s(n - 1);
}
static void r(int n) {
  if (n > 3)
    throw std::runtime_error("deep");
  m(n);
}
static void k(int n) { m(n); }

invocation_response handler(invocation_request const &req) {
  r(1);
  k(2);
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: handler handler 28:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 23:5 via=29:3{{$}}
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept s()] 19:5 via=30:3,26:24{{$}}

int main() {
  run_handler(handler);
  return 0;
}
