// Handler detection: the aws-lambda-cpp signature under any name, lambdas and functions passed to
// run_handler, and `// triggerlint: trigger=` annotations. Helpers are not handlers.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

static int helper(int x) { return x + 1; }

invocation_response my_post_auth(invocation_request const& req) {
  return invocation_response::success(req.payload, "application/json");
}

// a plain comment
// triggerlint: trigger=PreTokenGeneration,PostAuthentication
static aws::lambda_runtime::invocation_response annotated(const invocation_request &req) {
  return invocation_response::success(req.payload, "application/json");
}

// triggerlint: trigger=CustomMessage
invocation_response other_name(invocation_request const& r, int extra) {
  return invocation_response::success(r.payload, "application/json");
}

int main() {
  run_handler([](invocation_request const& req) {
    return invocation_response::success(req.payload, "application/json");
  });
  run_handler(my_post_auth);
  return helper(0);
}

// CHECK: file {{.*}}handlers.cpp
// CHECK-NEXT: handler my_post_auth 9:21
// CHECK-NEXT: handler annotated 15:49 triggers=PreTokenGeneration,PostAuthentication annotation=14:1
// CHECK-NEXT: handler other_name 20:21 triggers=CustomMessage annotation=19:1
// CHECK-NEXT: handler (lambda) 25:15
// CHECK-NOT: handler
// REQUIRES: clang-frontend
