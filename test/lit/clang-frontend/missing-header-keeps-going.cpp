// A header that is not installed does not end the analysis: the #includes after it still load
// (the runtime, nlohmann/json), so calls into helpers resolve and their failures and writes are
// found. The missing header is a note, not a TL000 problem, and so are the errors it causes: an
// undeclared name, and the parse error that follows it on the same line.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --notes | FileCheck %s --implicit-check-not=problem
#include <team/metrics_not_installed.h>
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void deny(nlohmann::json &event, const std::string &why) {
  event["response"]["claimsOverrideDetails"]["claimsToSuppress"] = {"email"};
  throw std::runtime_error(why);
}

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  team::Counter<int> denials;
  if (event["triggerSource"] == "PostAuthentication_Authentication")
    deny(event, "blocked");
  if (event["request"]["userAttributes"]["email"].get<std::string>().empty())
    return invocation_response::failure("no email", "Denied");
  event["response"]["autoConfirmUser"] = true;
  return invocation_response::success(event.dump(), "application/json");
}

// CHECK: file {{.*}}missing-header-keeps-going.cpp
// CHECK-NEXT: note 'team/metrics_not_installed.h' was not found (line 6): the analysis went on without it, and facts that need its declarations may be missing
// CHECK-NEXT: handler handler 18:21 degraded: 'team/metrics_not_installed.h' file not found
// CHECK-NEXT: failure failure [invocation_response::failure] 24:12{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 15:3 via=22:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 21:33{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email 14:46 via=22:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: write response.autoConfirmUser 25:21{{$}}
// REQUIRES: clang-frontend
