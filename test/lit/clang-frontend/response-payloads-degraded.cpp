// With a header missing (Clang stops including after a fatal error, so nlohmann::json is unknown
// too), payloads built from what Clang could not resolve are unknown, never judged: a degraded
// analysis reports nothing the full analysis would not.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --payloads | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <not/installed_for_test.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  nlohmann::json out;
  out["response"] = 1;
  if (event.contains("a"))
    return invocation_response::success(out.dump(), "application/json");
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler {{.*}}handler 11:21 degraded: 'not/installed_for_test.h' file not found
// CHECK-NEXT: payload unknown [out.dump()] 16:41{{$}}
// CHECK-NEXT: payload unknown [event.dump()] 17:39{{$}}
// CHECK-NOT: payload
