// A routing table of std::functions read with operator[] gives a source that is no key an empty
// function, and calling it throws std::bad_function_call (a std::exception, not an out_of_range):
// a fact at the call under the sources that are no key, matched against the catch clauses around
// it, and none where only keys reach the call.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static invocation_response pre(std::string const &p) { return invocation_response::success(p, "application/json"); }

invocation_response caught(invocation_request const &req) {
  static std::map<std::string, std::function<invocation_response(std::string const &)>> routes{
      {"PreAuthentication_Authentication", pre}};
  const std::string triggerSource = req.payload;
  try {
    return routes[triggerSource](req.payload);
  } catch (const std::exception &) {
    return invocation_response::success(req.payload, "application/json");
  }
}

invocation_response wrongCatch(invocation_request const &req) {
  static std::map<std::string, std::function<invocation_response(std::string const &)>> routes{
      {"PreAuthentication_Authentication", pre}};
  const std::string triggerSource = req.payload;
  try {
    return routes[triggerSource](req.payload);
  } catch (const std::out_of_range &) {
    return invocation_response::success(req.payload, "application/json");
  }
}

invocation_response guarded(invocation_request const &req) {
  static std::map<std::string, std::function<invocation_response(std::string const &)>> routes{
      {"PreAuthentication_Authentication", pre}};
  const std::string triggerSource = req.payload;
  if (triggerSource != "PreAuthentication_Authentication")
    return invocation_response::success(req.payload, "application/json");
  return routes[triggerSource](req.payload);
}

// CHECK: handler caught 16:21
// CHECK-NEXT: compare == PreAuthentication_Authentication 18:8{{$}}
// CHECK-NEXT: handler wrongCatch 27:21
// CHECK-NEXT: failure throw [std::bad_function_call: routes[triggerSource] is empty for a trigger source that is no key] 32:12 excluded=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 29:8{{$}}
// CHECK-NEXT: handler guarded 38:21
// CHECK-NEXT: compare != PreAuthentication_Authentication 42:24{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 40:8{{$}}
// CHECK-NOT: failure

int main() {
  run_handler(caught);
  run_handler(wrongCatch);
  run_handler(guarded);
  return 0;
}
