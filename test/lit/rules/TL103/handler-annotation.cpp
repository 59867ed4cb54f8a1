// triggerlint: trigger=postAuthentication
// A misspelt trigger in a handler annotation (case matters: Cognito keys are exact) ties the
// handler to no trigger: TL103 at the name, once for the file's leading annotation however many
// handlers it covers, with a did-you-mean.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
// CHECK: {{.*}}handler-annotation.cpp:1:25: error: 'postAuthentication' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; did you mean 'PostAuthentication'? [TL103 unknown-trigger]
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

invocation_response first(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}

invocation_response second(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}

// triggerlint: trigger=PreSignUp,PreAuthenticaton,Banana
invocation_response own(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: {{.*}}handler-annotation.cpp:[[@LINE-4]]:35: error: 'PreAuthenticaton' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; did you mean 'PreAuthentication'? [TL103 unknown-trigger]
// CHECK: {{.*}}handler-annotation.cpp:[[@LINE-5]]:52: error: 'Banana' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; use a LambdaConfig trigger key such as PostAuthentication [TL103 unknown-trigger]

int main() {
  run_handler(first);
  return 0;
}
