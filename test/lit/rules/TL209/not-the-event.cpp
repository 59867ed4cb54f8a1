// A synchronous trigger must answer with the event it received: a string constant or an object
// built from scratch fails the flow with InvalidLambdaResponseException, directly or from a helper.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// The payload facts are in --dump-model too.
// RUN: %triggerlint --dump-model %s -- -std=c++20 | FileCheck %s --check-prefix=DUMP
// DUMP: "function": "post_auth",
// DUMP: "payloads": [
// DUMP-NEXT: {
// DUMP-NEXT: "kind": "literal",
// DUMP-NEXT: "loc": {
// DUMP-NEXT: "column": 39,
// DUMP-NEXT: "file": "{{.*}}not-the-event.cpp",
// DUMP-NEXT: "line": 31
// DUMP-NEXT: },
// DUMP-NEXT: "text": "{}"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

bool record_sign_in(nlohmann::json const &) { return true; }

invocation_response acknowledge() { return invocation_response::success("OK", "text/plain"); }
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-1]]:73: error: the success() payload "OK" is a string constant, not the event the PostAuthentication trigger sent: Cognito fails the flow with 'InvalidLambdaResponseException: Unrecognizable lambda output'; answer with the event it received, its response filled in (success(event.dump(), "application/json")) [TL209 response-not-event]

// triggerlint: trigger=PostAuthentication
invocation_response post_auth(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  record_sign_in(event);
  return invocation_response::success("{}", "application/json");
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-1]]:39: error: the success() payload "{}" is a string constant, not the event the PostAuthentication trigger sent: {{.*}} [TL209 response-not-event]
// CHECK-DAG: {{.*}}not-the-event.cpp:27:1: note: annotated here as a PostAuthentication handler
}

// triggerlint: trigger=PostAuthentication
invocation_response post_auth_helper(invocation_request const &req) {
  record_sign_in(nlohmann::json::parse(req.payload));
  return acknowledge();
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-1]]:10: note: called from here
}

// triggerlint: trigger=PreSignUp
invocation_response pre_sign_up(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  nlohmann::json out;
  out["response"]["autoConfirmUser"] = event["request"]["userAttributes"].contains("email");
  return invocation_response::success(out.dump(), "application/json");
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-1]]:39: error: the success() payload 'out.dump()' is a JSON object built here, not the event the PreSignUp trigger sent: {{.*}} [TL209 response-not-event]
}

// No annotation: the handler's comparisons say it serves PreTokenGeneration.
invocation_response tokens(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["triggerSource"] == "TokenGeneration_HostedAuth")
    return invocation_response::success("", "application/json");
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-1]]:41: error: the success() payload is an empty string, not the event the PreTokenGeneration trigger sent: {{.*}} [TL209 response-not-event]
// CHECK-DAG: {{.*}}not-the-event.cpp:[[@LINE-3]]:33: note: PreTokenGeneration inferred from the triggerSource comparison here
  return invocation_response::success(event.dump(), "application/json");
}

// No run_handler call: every function with the handler signature above is a handler (with one,
// only what it is given would be).
