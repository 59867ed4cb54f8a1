// A routing table keyed by trigger sources: the post-authentication entry that throws fails the
// sign-in; the pre-authentication entry's denial is the right way to refuse one.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

invocation_response deny(json &event) {
  if (event["request"]["userAttributes"].value("custom:locked", "") == "true")
    return invocation_response::failure("locked", "AccountLocked");
  return invocation_response::success(event.dump(), "application/json");
}

invocation_response audit(json &event) {
  if (event["request"]["userAttributes"].value("custom:audit", "") == "fail")
    throw std::runtime_error("audit failed");
// CHECK: {{.*}}routing-table.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error' escapes the handler and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}routing-table.cpp:44:10: note: called from here
// CHECK-NEXT: {{.*}}routing-table.cpp:34:1: note: annotated here as a PostAuthentication handler
// CHECK-NEXT: {{.*}}routing-table.cpp:[[@LINE-4]]:5: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}routing-table.cpp:44:10: note: called from here
// CHECK-NEXT: {{.*}}routing-table.cpp:34:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreAuthentication,PostAuthentication
invocation_response handler(invocation_request const &req) {
  static const std::unordered_map<std::string, std::function<invocation_response(json &)>> routes{
      {"PreAuthentication_Authentication", deny},
      {"PostAuthentication_Authentication", audit},
  };
  auto event = json::parse(req.payload);
  auto route = routes.find(event["triggerSource"].get<std::string>());
  if (route == routes.end())
    return invocation_response::success(event.dump(), "application/json");
  return route->second(event);
}

int main() {
  run_handler(handler);
  return 0;
}
