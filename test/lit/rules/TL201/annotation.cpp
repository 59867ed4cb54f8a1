// A handler annotated as PostAuthentication: every way it can fail the invocation fails the sign-in.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <stdexcept>

using namespace aws::lambda_runtime;

bool record_sign_in(nlohmann::json const &) { return true; }

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["userName"] == "")
    throw std::runtime_error("no user");
// CHECK: {{.*}}annotation.cpp:[[@LINE-1]]:5: error: 'throw std::runtime_error{{.*}}' escapes the handler and fails the PostAuthentication trigger: Cognito then fails the whole sign-in with 'UserLambdaValidationException: PostAuthentication failed with error ...' after the credentials were accepted, and issues no tokens; make sign-in decisions in PreAuthentication, and catch side-effect errors and return success [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}annotation.cpp:14:1: note: annotated here as a PostAuthentication handler
// CHECK: {{.*}}annotation.cpp:[[@LINE-3]]:5: error: 'throw std::runtime_error{{.*}}' escapes the handler: aws-lambda-cpp does not catch exceptions{{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}annotation.cpp:14:1: note: annotated here as a PostAuthentication handler
  if (!record_sign_in(event))
    return invocation_response::failure("audit write failed", "AuditError");
// CHECK: {{.*}}annotation.cpp:[[@LINE-1]]:12: error: '{{.*}}failure{{.*}}' fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}annotation.cpp:14:1: note: annotated here as a PostAuthentication handler
  if (event["request"].contains("shutdown"))
    std::exit(1);
// CHECK: {{.*}}annotation.cpp:[[@LINE-1]]:5: error: '{{.*}}exit{{.*}}' ends the runtime process and fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}annotation.cpp:14:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
