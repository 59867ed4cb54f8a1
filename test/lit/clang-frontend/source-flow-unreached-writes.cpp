// What no trigger source reaches writes no response and answers with no payload: a claim written,
// or a success() payload given, behind a test no source passes (`src == A && src == B`, a mapped
// value no source maps to) is no fact, and neither is what an object serialised only there holds.
// Before, such writes and payloads kept the walk's guards: TL204 and TL209 on code that never runs.
// The same writes and payloads where a source reaches them stay.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --payloads | FileCheck %s --check-prefix=PAYLOADS
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --check-prefix=FINDINGS --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <string>
using namespace aws::lambda_runtime;

enum class Kind { Hosted, Auth, Never };
static Kind parse(const std::string &s) { return s == "TokenGeneration_HostedAuth" ? Kind::Hosted : Kind::Auth; }

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string src = event["triggerSource"];
  auto &details = event["response"]["claimsAndScopeOverrideDetails"];
  nlohmann::json out;
  out["response"]["claimsOverrideDetails"]["claimsToSuppress"] = {"sub"};
  if (src == "TokenGeneration_HostedAuth" && src == "TokenGeneration_Authentication") {
    details["idTokenGeneration"]["claimsToAddOrOverride"]["sub"] = "legacy-42";
    return invocation_response::success("{}", "application/json");
  }
  if (parse(src) == Kind::Never)
    return invocation_response::success(out.dump(), "application/json");
  if (src == "TokenGeneration_HostedAuth") {
    details["idTokenGeneration"]["claimsToAddOrOverride"]["iss"] = "issuer";
// FINDINGS: {{.*}}source-flow-unreached-writes.cpp:[[@LINE-1]]:59: error: claim 'iss' cannot be added or overridden {{.*}} [TL204 reserved-claim]
    return invocation_response::success("", "application/json");
// FINDINGS: {{.*}}source-flow-unreached-writes.cpp:[[@LINE-1]]:41: error: the success() payload is an empty string, not the event the PreTokenGeneration trigger sent: {{.*}} [TL209 response-not-event]
  }
  details["idTokenGeneration"]["claimsToAddOrOverride"]["tenant"] = "acme";
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK: handler handler 18:21
// CHECK-NEXT: compare == TokenGeneration_HostedAuth 24:14{{$}}
// CHECK-NEXT: compare == TokenGeneration_Authentication 24:53 guards=TokenGeneration_HostedAuth{{$}}
// CHECK-NEXT: compare == TokenGeneration_HostedAuth 30:14{{$}}
// CHECK-NEXT: compare == TokenGeneration_HostedAuth 16:55 via=28:7{{$}}
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.iss strings=issuer 31:59 guards=TokenGeneration_HostedAuth{{$}}
// CHECK-NEXT: write response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.tenant strings=acme 36:57 excluded=TokenGeneration_HostedAuth{{$}}
// CHECK-NOT: write
// PAYLOADS: handler handler 18:21
// PAYLOADS-NEXT: payload literal [] 33:41 guards=TokenGeneration_HostedAuth{{$}}
// PAYLOADS-NEXT: payload event [event.dump()] 37:39 excluded=TokenGeneration_HostedAuth{{$}}
// PAYLOADS-NOT: payload

int main() {
  run_handler(handler);
  return 0;
}
