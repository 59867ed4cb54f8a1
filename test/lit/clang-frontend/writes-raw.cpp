// Raw JSON string literals become subtrees of the response graph, located at the literal.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;
using json = nlohmann::json;
using namespace nlohmann::literals;

invocation_response handler(invocation_request const& req) {
  auto j = json::parse(req.payload);
  j["response"] = json::parse(R"({"claimsOverrideDetails": {"claimsToSuppress": ["email", "sub"]}})");
  return invocation_response::success(j.dump(), "application/json");
}

invocation_response literal(invocation_request const& req) {
  auto j = R"({"response": {"autoConfirmUser": true, "autoVerifyEmail": true}})"_json;
  return invocation_response::success(j.dump(), "application/json");
}

// CHECK: handler handler 9:21
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email,sub 11:31{{$}}
// CHECK: handler literal 15:21
// CHECK-NEXT: write response.autoConfirmUser 16:12{{$}}
// CHECK-NEXT: write response.autoVerifyEmail 16:12{{$}}
// REQUIRES: clang-frontend
