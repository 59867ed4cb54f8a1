// A call whose argument the missing header left without a type stays unresolved in Clang's AST;
// when ordinary lookup found one function that takes that many arguments, the call can only go
// there, and the helper's facts are found as in the full parse. Overloads are not guessed between.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <nlohmann/json_missing_for_test.hpp>
#include <aws/lambda-runtime/runtime.h>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void notify(const std::string &body) {
  if (body.empty())
    throw std::runtime_error("empty");
}
static void audit(const std::string &) { throw std::logic_error("one"); }
static void audit(int) { throw std::logic_error("other"); }

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  notify(event.dump());
  audit(event["userName"]);
  return invocation_response::success(event.dump(), "application/json");
}

// CHECK: handler handler 18:21 degraded: 'nlohmann/json_missing_for_test.hpp' file not found
// CHECK-NEXT: failure throw [throw std::runtime_error] 13:5 via=20:3{{$}}
// CHECK-NOT: failure
// REQUIRES: clang-frontend
