// Failure paths: throw not caught on its path, rethrow in a catch, failure(), the
// (payload, type, false) constructor, exit/abort/terminate, and throws reached through helpers
// (via = call sites, outermost first). A try whose catch clause fits shields its callees' throws.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <cstdlib>
#include <exception>
#include <stdexcept>
using namespace aws::lambda_runtime;

static void deep(int n) {
  if (n > 3)
    throw std::out_of_range("deep");
}
static void middle(int n) { deep(n); middle(n - 1); }
static void quitter() { std::quick_exit(3); }

invocation_response handler(invocation_request const& req) {
  if (req.payload.empty())
    throw std::runtime_error("empty");
  try {
    throw std::invalid_argument("caught");
  } catch (const std::exception&) {
    throw;
  }
  try {
    middle(1);
  } catch (...) {
  }
  middle(2);
  quitter();
  if (req.request_id == "a") std::abort();
  if (req.request_id == "b") exit(1);
  if (req.request_id == "c") std::terminate();
  if (req.request_id == "d") _Exit(2);
  if (req.request_id == "e") return invocation_response("{}", "application/json", false);
  if (req.request_id == "f") return invocation_response("{}", "application/json", true);
  return invocation_response::failure("denied", "Denied");
}

// CHECK: handler handler 18:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 20:5
// CHECK-NEXT: failure throw [throw] 24:5
// CHECK-NEXT: failure exit [std::abort] 32:30
// CHECK-NEXT: failure exit [exit] 33:30
// CHECK-NEXT: failure exit [std::terminate] 34:30
// CHECK-NEXT: failure exit [_Exit] 35:30
// CHECK-NEXT: failure failure [invocation_response(..., false)] 36:37
// CHECK-NEXT: failure failure [invocation_response::failure] 38:10
// CHECK-NEXT: failure throw [throw std::out_of_range] 13:5 via=30:3,15:29
// CHECK-NEXT: failure exit [std::quick_exit] 16:25 via=31:3
// CHECK-NOT: failure
// REQUIRES: clang-frontend
