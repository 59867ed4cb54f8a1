// Response paths written with Aws::Utils::Json::JsonValue builders: WithString/WithBool/
// WithInteger/WithArray/WithObject, nested builders assigned to variables first, temporaries,
// AsObject, and string arrays.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <aws/core/utils/json/JsonSerializer.h>
using namespace aws::lambda_runtime;
using Aws::Utils::Json::JsonValue;

invocation_response handler(invocation_request const& req) {
  JsonValue event(req.payload);
  JsonValue claims;
  claims.WithString("tier", "gold").WithInteger("level", 3);
  Aws::Utils::Array<Aws::String> suppress(2);
  suppress[0] = "email";
  suppress[1] = "phone_number";
  JsonValue access;
  access.WithObject("claimsToAddOrOverride", JsonValue().WithBool("beta", true));
  JsonValue overrides;
  overrides.WithObject("idTokenGeneration", JsonValue().WithObject("claimsToAddOrOverride", claims)
                                                     .WithArray("claimsToSuppress", suppress))
      .WithObject("accessTokenGeneration", access);
  JsonValue response;
  response.AsObject(JsonValue().WithObject("claimsAndScopeOverrideDetails", overrides));
  event.WithObject("response", response);
  return invocation_response::success(event.View().WriteCompact(), "application/json");
}

// CHECK: handler handler 10:21
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.tier strings=gold 13:21{{$}}
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.level 13:49{{$}}
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToSuppress strings=email,phone_number 21:65{{$}}
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride.beta 18:67{{$}}
// CHECK-NOT: write
// REQUIRES: clang-frontend
