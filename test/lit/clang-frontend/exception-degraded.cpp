// A missing header: a thrown type Clang could not resolve (or whose base it lost) is caught by
// every catch clause, a catch clause of an unresolved type catches everything, and an unresolved
// call throws nothing, so the degraded run reports no throw that the run with the header installed
// does not report (it may report fewer).
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --check-prefix=DEGRADED
// RUN: %clang-frontend %s -- -std=c++20 -I %S/Inputs/exception-sdk | %python %S/Inputs/facts.py | FileCheck %s --check-prefix=FULL
#include <aws/lambda-runtime/runtime.h>
#include <stdexcept>
#include <missing_sdk/errors.h>
using namespace aws::lambda_runtime;

struct CallFailed : public sdk::Error {
  explicit CallFailed(const char* what) : sdk::Error(what) {}
};
struct Inherits : sdk::Error {
  using sdk::Error::Error;
};

invocation_response handler(invocation_request const& req) {
  try {
    throw CallFailed("its base is unresolved");
  } catch (const std::exception&) {
  }
  try {
    throw Inherits("its constructor is unresolved");
  } catch (const std::exception&) {
  }
  try {
    throw std::runtime_error("an unresolved handler type may catch it");
  } catch (const sdk::Error&) {
  }
  try {
    sdk::call();
  } catch (const std::exception&) {
    throw; // an unresolved call may be noexcept
  }
  try {
    throw std::runtime_error("both types known");
  } catch (const std::invalid_argument&) {
  }
  if (req.payload.empty())
    throw CallFailed("no handler at all");
  return invocation_response::success(req.payload, "application/json");
}
// DEGRADED: handler handler 19:21 degraded: 'missing_sdk/errors.h' file not found
// DEGRADED-NEXT: failure throw [throw std::runtime_error] 38:5{{$}}
// DEGRADED-NEXT: failure throw [throw CallFailed] 42:5{{$}}
// DEGRADED-NOT: failure

// FULL: handler handler 19:21{{$}}
// FULL-NEXT: failure throw [throw std::runtime_error] 29:5{{$}}
// FULL-NEXT: failure throw [throw] 35:5{{$}}
// FULL-NEXT: failure throw [throw std::runtime_error] 38:5{{$}}
// FULL-NEXT: failure throw [throw CallFailed] 42:5{{$}}
// FULL-NOT: failure
// REQUIRES: clang-frontend
