// Annotation names separated by ", " (a comma and a blank) are each read and judged at their own
// column; a blank without a comma ends the list, so prose after it is no name.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

// triggerlint: trigger=PreAuthentication, PostAuthenticaton
invocation_response first(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: {{.*}}handler-annotation-list.cpp:[[@LINE-4]]:44: error: 'PostAuthenticaton' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; did you mean 'PostAuthentication'? [TL103 unknown-trigger]

// triggerlint: trigger=PreSignUp , PostConfirmaton,  Banana (both mistyped, see the tracker)
invocation_response second(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: {{.*}}handler-annotation-list.cpp:[[@LINE-4]]:37: error: 'PostConfirmaton' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; did you mean 'PostConfirmation'? [TL103 unknown-trigger]
// CHECK: {{.*}}handler-annotation-list.cpp:[[@LINE-5]]:55: error: 'Banana' in this triggerlint annotation is not a user pool trigger, so the handlers it annotates are tied to no trigger; use a LambdaConfig trigger key such as PostAuthentication [TL103 unknown-trigger]
