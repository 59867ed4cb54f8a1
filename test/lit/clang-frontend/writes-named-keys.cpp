// A key written through a named constant (constexpr, const std::string) is located at the write
// that uses it, like a key spelled in place; its value is the constant's.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;

constexpr const char *kResponse = "response";
static const std::string kClaims = "claimsToAddOrOverride";

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  event[kResponse]["claimsOverrideDetails"][kClaims]["sub"] = "x";
  event["response"]["claimsOverrideDetails"][kClaims].emplace(kClaims, "y");
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 15:21
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToAddOrOverride.sub strings=x 17:54{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToAddOrOverride.claimsToAddOrOverride strings=y 18:63{{$}}
// CHECK-NOT: write

int main() {
  run_handler(handler);
  return 0;
}
