// A PostAuthentication handler whose routing table and mapping function name sources its trigger
// never sends: each such key and literal is a dead route. The PostAuthentication ones are fine.
// RUN: %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum Kind { kPost, kPre, kOther };

Kind classify(const std::string &s) {
  if (s == "PostAuthentication_Authentication")
    return kPost;
  if (s == "PreAuthentication_Authentication")
// CHECK: {{.*}}routes-and-mappings.cpp:[[@LINE-1]]:12: warning: this handler serves PostAuthentication, which never sends 'PreAuthentication_Authentication' (the PreAuthentication trigger sends it), {{.*}} [TL206 unreachable-trigger-source]
// CHECK-NEXT: {{.*}}routes-and-mappings.cpp:40:7: note: called from here
// CHECK-NEXT: {{.*}}routes-and-mappings.cpp:36:1: note: annotated here as a PostAuthentication handler
    return kPre;
  return kOther;
}

static void audit(json &event) { event["response"] = json::object(); }

static const std::map<std::string, void (*)(json &)> kRoutes = {
    {"PostAuthentication_Authentication", audit},
    {"PreSignUp_SignUp", audit},
// CHECK: {{.*}}routes-and-mappings.cpp:[[@LINE-1]]:6: warning: this handler serves PostAuthentication, which never sends 'PreSignUp_SignUp' (the PreSignUp trigger sends it), {{.*}} [TL206 unreachable-trigger-source]
// CHECK-NEXT: {{.*}}routes-and-mappings.cpp:36:1: note: annotated here as a PostAuthentication handler
};

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  if (classify(source) == kPre)
    return invocation_response::success(event.dump(), "application/json");
  if (auto route = kRoutes.find(source); route != kRoutes.end())
    route->second(event);
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
