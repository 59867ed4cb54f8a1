// Response paths written with nlohmann::json: operator[] chains, objects built in variables and
// nested, initializer lists (objects and string arrays), emplace, references into the event,
// helpers taking the json by reference, helpers returning json. Only what reaches success().
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

static void addGroups(json& details) {
  details["groupOverrideDetails"]["groupsToOverride"] = {"admins", "users"};
}
static json makeClaims(const std::string& tier) {
  json c = json::object();
  c["tier"] = tier;
  return c;
}

invocation_response handler(invocation_request const& req) {
  auto j = json::parse(req.payload);
  json scratch;
  scratch["response"]["ignored"] = 1;
  j["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"]["department"] = "eng";
  j["response"]["claimsOverrideDetails"]["claimsToSuppress"] = {"email"};
  json details = json::object();
  details["claimsToAddOrOverride"] = makeClaims("gold");
  addGroups(details);
  json response = {{"claimsOverrideDetails", details}};
  j["response"] = response;
  auto& resp = j["response"];
  resp.emplace("extra", json{{"k", "v"}});
  resp[req.request_id] = true;
  return invocation_response::success(j.dump(), "application/json");
}

invocation_response fresh(invocation_request const& req) {
  json out;
  out["response"]["autoConfirmUser"] = true;
  return invocation_response::success(out.dump(), "application/json");
}

// CHECK: handler handler 19:21
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToAddOrOverride.department strings=eng 23:67{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email 24:42{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToAddOrOverride.tier 15:5 via=26:38{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.groupOverrideDetails.groupsToOverride strings=admins,users 11:35 via=27:3{{$}}
// CHECK-NEXT: write response.extra.k strings=v 31:31{{$}}
// CHECK-NEXT: write response.* 32:8{{$}}
// CHECK-NOT: ignored
// CHECK: handler fresh 36:21
// CHECK-NEXT: write response.autoConfirmUser 38:19{{$}}
// REQUIRES: clang-frontend
