// The strings of an enum's NLOHMANN_JSON_SERIALIZE_ENUM are compared with the trigger source when
// the source is read into the enum: a near miss of a real source is a misspelt test (TL205 at the
// string); a string far from every source ("unknown") is what the enum is written as, not a test;
// a source of a trigger the handler does not serve is no TL206 (a header may share the enum
// between the functions of several triggers).
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum class Kind { Unknown, SignUp, Confirm, PostAuth };
NLOHMANN_JSON_SERIALIZE_ENUM(Kind, {
    {Kind::Unknown, "unknown"},
    {Kind::SignUp, "PreSignUp_SignUp"},
    {Kind::Confirm, "PostConfirmation_ConfirmSignUp"},
    {Kind::PostAuth, "PostAuthentcation_Authentication"},
// CHECK: {{.*}}serialized-enum.cpp:[[@LINE-1]]:22: error: 'PostAuthentcation_Authentication' is not a trigger source {{.*}}; did you mean 'PostAuthentication_Authentication'? [TL205 unknown-trigger-source]
})

// triggerlint: trigger=PreSignUp
invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  if (event["triggerSource"].get<Kind>() == Kind::SignUp)
    event["response"]["autoConfirmUser"] = true;
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
