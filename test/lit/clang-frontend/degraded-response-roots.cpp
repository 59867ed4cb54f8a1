// With the runtime header missing, invocation_response::success(...) does not survive the parse:
// the response is read from the handler's own JSON variables instead, and only from those that
// write a `response`, as the event does. The request body built beside it is not what the
// handler answers, and the full analysis never reports its keys.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --implicit-check-not=write
#include <aws/lambda-runtime/runtime_not_installed.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  nlohmann::json body;
  body["Username"] = event["userName"];
  nlohmann::json log;
  log["claimsOverrideDetails"] = "audit";
  event["response"]["autoConfirmUser"] = true;
  return invocation_response::success(event.dump(), "application/json");
}

// CHECK: handler handler 10:21 degraded: 'aws/lambda-runtime/runtime_not_installed.h' file not found
// CHECK-NEXT: write response.autoConfirmUser 16:21{{$}}
// REQUIRES: clang-frontend
