// With a header missing, Clang keeps going: later includes (nlohmann/json) load, and payloads are
// classified as the full analysis classifies them, no more.
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
// CHECK: handler {{.*}}handler 10:21 degraded: 'not/installed_for_test.h' file not found
// CHECK-NEXT: payload built [out.dump()] 15:41{{$}}
// CHECK-NEXT: payload event [event.dump()] 16:39{{$}}
// CHECK-NOT: payload
