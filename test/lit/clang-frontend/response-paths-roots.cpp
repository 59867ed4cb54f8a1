// Response paths (response_paths.cpp): the roots a handler serialises are found through the helpers
// it hands its JSON to (a helper's parameter that reaches success() is the caller's argument), a
// cycle of helpers or of whole-object assignments ends, each write is reported once, and a JSON
// object that never reaches success() writes nothing.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --implicit-check-not=write
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

static invocation_response reply(const json& out) {
  return invocation_response::success(out.dump(), "application/json");
}
static invocation_response replyAfter(const json& out, int tries) {
  if (tries > 0)
    return replyAfter(out, tries - 1);
  return reply(out);
}

invocation_response throughHelper(invocation_request const& req) {
  auto j = json::parse(req.payload);
  j["response"]["autoConfirmUser"] = true;
  return reply(j);
}

invocation_response throughRecursion(invocation_request const& req) {
  auto j = json::parse(req.payload);
  j["response"]["autoVerifyEmail"] = true;
  return replyAfter(j, 3);
}

invocation_response cyclicCopies(invocation_request const& req) {
  auto a = json::parse(req.payload);
  json b;
  a["response"]["autoVerifyPhone"] = true;
  b = a;
  a = b;
  return invocation_response::success(a.dump(), "application/json");
}

invocation_response unsentObject(invocation_request const& req) {
  json log;
  log["response"]["autoConfirmUser"] = true;
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: handler throughHelper 20:21
// CHECK-NEXT: write response.autoConfirmUser 22:17{{$}}
// CHECK-NEXT: handler throughRecursion 26:21
// CHECK-NEXT: write response.autoVerifyEmail 28:17{{$}}
// CHECK-NEXT: handler cyclicCopies 32:21
// CHECK-NEXT: write response.autoVerifyPhone 35:17{{$}}
// CHECK-NEXT: handler unsentObject 41:21
// REQUIRES: clang-frontend
