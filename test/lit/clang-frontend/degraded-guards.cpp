// A degraded parse never reports what the full one would not. The type of `src` comes from the
// missing header, so the variable is invalid and its initialiser (the trigger source) is gone:
// its comparisons with a literal still guard the code they control, as the full analysis's
// trigger-source tests do (early return included), but are not reported as comparisons.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// The same handler with the header present: the same guards (and the comparisons).
// RUN: rm -rf %t && mkdir -p %t/app && printf '#pragma once\n#include <string>\nnamespace app { using Str = std::string; }\n' > %t/app/types.h
// RUN: %clang-frontend %s -- -std=c++20 -I%t | %python %S/Inputs/facts.py | FileCheck --check-prefix=FULL %s
#include <aws/lambda-runtime/runtime.h>
#include <app/types.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto j = nlohmann::json::parse(req.payload);
  const app::Str src = j["triggerSource"];
  if (src == "TokenGeneration_Authentication")
    j["response"]["claimsOverrideDetails"]["claimsToSuppress"] = {"email"};
  if (src == "PostAuthentication_Authentication")
    return invocation_response::success(j.dump(), "application/json");
  if (src != "PreAuthentication_Authentication")
    throw std::runtime_error("x");
  j["response"]["autoConfirmUser"] = true;
  return invocation_response::success(j.dump(), "application/json");
}

// CHECK: file {{.*}}degraded-guards.cpp
// CHECK-NEXT: handler handler 15:21 degraded: 'app/types.h' file not found
// CHECK-NEXT: failure throw [throw std::runtime_error] 23:5 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email 19:44 guards=TokenGeneration_Authentication{{$}}
// CHECK-NEXT: write response.autoConfirmUser 24:17 guards=PreAuthentication_Authentication{{$}}
// CHECK-NOT: {{.}}
// FULL: file {{.*}}degraded-guards.cpp
// FULL-NEXT: handler handler 15:21{{$}}
// FULL-NEXT: failure throw [throw std::runtime_error] 23:5 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication{{$}}
// FULL-NEXT: compare == TokenGeneration_Authentication 18:14{{$}}
// FULL-NEXT: compare == PostAuthentication_Authentication 20:14{{$}}
// FULL-NEXT: compare != PreAuthentication_Authentication 22:14 excluded=PostAuthentication_Authentication{{$}}
// FULL-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email 19:44 guards=TokenGeneration_Authentication{{$}}
// FULL-NEXT: write response.autoConfirmUser 24:17 guards=PreAuthentication_Authentication{{$}}
// FULL-NOT: {{.}}
// REQUIRES: clang-frontend
