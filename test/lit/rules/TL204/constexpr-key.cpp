// A reserved claim written through a named constant is reported at the write, where the claim is
// changed, not at the constant's definition.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;

constexpr const char *kSub = "sub";
static const std::string kIssuer = "iss";
constexpr const char *kTier = "tier";

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  auto &claims = event["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"];
  claims[kSub] = "legacy-42";
// CHECK: {{.*}}constexpr-key.cpp:[[@LINE-1]]:10: error: claim 'sub' cannot be added or overridden in 'response.claimsOverrideDetails.claimsToAddOrOverride.sub': {{.*}} [TL204 reserved-claim]
  claims[kIssuer] = "https://example.com";
// CHECK: {{.*}}constexpr-key.cpp:[[@LINE-1]]:10: error: claim 'iss' cannot be added or overridden in 'response.claimsOverrideDetails.claimsToAddOrOverride.iss': {{.*}} [TL204 reserved-claim]
  claims[kTier] = "gold";
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
