// A catch clause catches only its own type and the types derived from it: a runtime_error thrown
// inside catch (std::invalid_argument) escapes; the same throw inside catch (std::exception), a
// custom hierarchy caught through its base, and a pointer caught as a pointer to its base do not.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

using namespace aws::lambda_runtime;

struct SignUpError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct DomainNotAllowed : SignUpError {
  using SignUpError::SignUpError;
};

void check_domain(nlohmann::json const &event) {
  if (!event.contains("userName"))
    throw DomainNotAllowed("domain not allowed");
}

// triggerlint: trigger=PreSignUp
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  try {
    if (event["request"].empty())
      throw std::runtime_error("no request");
// CHECK: {{.*}}typed-catch.cpp:[[@LINE-1]]:7: error: 'throw std::runtime_error' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}typed-catch.cpp:25:1: note: annotated here as a PreSignUp handler
  } catch (const std::invalid_argument &e) {
    return invocation_response::failure(e.what(), "InvalidArgument");
  }
  try {
    if (event["request"].empty())
      throw std::runtime_error("no request");
  } catch (const std::exception &e) {
    return invocation_response::failure(e.what(), "InvalidRequest");
  }
  try {
    check_domain(event);
  } catch (const SignUpError &e) {
    return invocation_response::failure(e.what(), "SignUpDenied");
  }
  try {
    static DomainNotAllowed denied("domain not allowed");
    if (event["userName"].empty())
      throw &denied;
  } catch (const SignUpError *e) {
    return invocation_response::failure(e->what(), "SignUpDenied");
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
