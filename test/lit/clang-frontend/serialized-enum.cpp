// An enum read from the trigger source through nlohmann/json's NLOHMANN_JSON_SERIALIZE_ENUM
// (`event["triggerSource"].get<Kind>()`, or the conversion `Kind k = event["triggerSource"];`) maps
// each pair's string to its enumerator, and every other source to the first pair's enumerator (the
// macro's fallback): a switch or a test of the enum narrows the sources like a comparison. Each
// string becomes an "enum-pair" comparison (TL205 judges near misses only); a pair whose JSON value
// is no string (nullptr) matches no source. The same facts with the real header and with the
// bundled declarations (the hidden-headers sysroot).
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
// RUN: %clang-frontend %s -- -std=c++20 --sysroot=%hidden_sysroot | %python %S/Inputs/facts.py | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

enum class Kind { Other, PreAuth, PostAuth };
NLOHMANN_JSON_SERIALIZE_ENUM(Kind, {
    {Kind::Other, nullptr},
    {Kind::PreAuth, "PreAuthentication_Authentication"},
    {Kind::PostAuth, "PostAuthentication_Authentication"},
})

invocation_response bySwitch(invocation_request const &req) {
  auto event = json::parse(req.payload);
  switch (event["triggerSource"].get<Kind>()) {
  case Kind::PreAuth:
    return invocation_response::failure("denied", "Denied");
  case Kind::PostAuth:
    throw std::runtime_error("post");
  default:
    throw std::logic_error("other");
  }
}

invocation_response byConversion(invocation_request const &req) {
  auto event = json::parse(req.payload);
  Kind kind = event["triggerSource"];
  if (kind == Kind::PreAuth)
    return invocation_response::failure("denied", "Denied");
  return invocation_response::success(event.dump(), "application/json");
}

// CHECK: handler bySwitch 24:21
// CHECK-NEXT: failure failure [invocation_response::failure] 28:12 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 30:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::logic_error] 32:5 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare enum-pair PreAuthentication_Authentication 20:21{{$}}
// CHECK-NEXT: compare enum-pair PostAuthentication_Authentication 21:22{{$}}
// CHECK-NEXT: handler byConversion 36:21
// CHECK-NEXT: failure failure [invocation_response::failure] 40:12 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: compare enum-pair PreAuthentication_Authentication 20:21{{$}}
// CHECK-NEXT: compare enum-pair PostAuthentication_Authentication 21:22{{$}}

// A string written twice reads as its first pair's enumerator only: the second pair's case is
// reached by no source, and its throw is no fact.
enum class Twice { None, First, Second };
NLOHMANN_JSON_SERIALIZE_ENUM(Twice, {
    {Twice::None, nullptr},
    {Twice::First, "PreAuthentication_Authentication"},
    {Twice::Second, "PreAuthentication_Authentication"},
})

invocation_response duplicate(invocation_request const &req) {
  auto event = json::parse(req.payload);
  if (event["triggerSource"].get<Twice>() == Twice::Second)
    throw std::runtime_error("never");
  return invocation_response::success(event.dump(), "application/json");
}
// CHECK-NEXT: handler duplicate 64:21
// CHECK-NEXT: compare enum-pair PreAuthentication_Authentication 60:20{{$}}
// CHECK-NEXT: compare enum-pair PreAuthentication_Authentication 61:21{{$}}
// CHECK-NOT: failure

int main() {
  run_handler(bySwitch);
  run_handler(byConversion);
  run_handler(duplicate);
  return 0;
}
