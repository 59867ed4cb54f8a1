// Exceptions followed through calls and handlers: a throw caught by the right type two calls up is
// no failure; `throw;` rethrows what its handler caught (nothing reached it: no failure);
// std::rethrow_exception rethrows an unknown type that only catch (...) surely catches; a throw
// leaving a noexcept function is std::terminate (exit) at the call of that function; function-try-blocks.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <exception>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void fails() { throw std::runtime_error("fails"); }
static void catches() {
  try {
    fails();
  } catch (const std::runtime_error&) {
  }
}
static void calls_catches() { catches(); }
static void catches_wrong() {
  try {
    fails();
  } catch (const std::logic_error&) {
  }
}
static void guarded() try { fails(); } catch (const std::exception&) {}
static void guarded_wrong() try { fails(); } catch (const std::invalid_argument&) {}

invocation_response through_calls(invocation_request const& req) {
  calls_catches();
  catches_wrong();
  try {
    fails();
  } catch (const std::exception&) {
  }
  guarded();
  guarded_wrong();
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: handler through_calls 29:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 12:23 via=31:3,22:5{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 12:23 via=37:3,27:35{{$}}

invocation_response rethrows(invocation_request const& req) {
  try {
    fails();
  } catch (...) {
    throw;
  }
  try {
    try {
      throw std::invalid_argument("x");
    } catch (const std::logic_error&) {
      throw; // an invalid_argument, which the outer handler catches
    }
  } catch (const std::invalid_argument&) {
  }
  try {
    try {
      throw std::invalid_argument("x");
    } catch (const std::logic_error&) {
      throw;
    }
  } catch (const std::runtime_error&) {
  }
  try {
    req.payload.size();
  } catch (...) {
    throw; // nothing that throws reaches it
  }
  try {
    (void)std::stoi(req.payload);
  } catch (const std::exception&) {
    throw; // what the library threw, an std::exception at least
  }
  try {
    try {
      (void)std::stoi(req.payload);
    } catch (const std::invalid_argument&) {
      throw;
    }
  } catch (const std::logic_error&) {
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler rethrows 44:21
// CHECK-NEXT: failure throw [throw] 48:5{{$}}
// CHECK-NEXT: failure throw [throw] 62:7{{$}}
// CHECK-NEXT: failure throw [throw] 74:5{{$}}

static void translate() {
  try {
    throw;
  } catch (const std::exception&) {
  } catch (...) {
  }
}
static void translate_some() {
  try {
    throw;
  } catch (const std::exception&) {
  }
}

invocation_response exception_ptrs(invocation_request const& req) {
  std::exception_ptr p;
  try {
    fails();
  } catch (...) {
    p = std::current_exception();
    translate();
    translate_some();
  }
  try {
    std::rethrow_exception(p);
  } catch (...) {
  }
  try {
    std::rethrow_exception(p);
  } catch (const std::exception&) {
  }
  if (p)
    std::rethrow_exception(p);
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler exception_ptrs 105:21
// CHECK-NEXT: failure throw [std::rethrow_exception] 119:5{{$}}
// CHECK-NEXT: failure throw [std::rethrow_exception] 123:5{{$}}
// CHECK-NEXT: failure throw [throw] 100:5 via=112:5{{$}}

static void risky() noexcept { fails(); }
static void safe() noexcept {
  try {
    fails();
  } catch (...) {
  }
}
static void forwards() { risky(); }

invocation_response noexcept_calls(invocation_request const& req) {
  try {
    risky();
  } catch (...) {
  }
  safe();
  forwards();
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler noexcept_calls 140:21
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept risky()] 142:5{{$}}
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept risky()] 138:26 via=146:3{{$}}

invocation_response noexcept_handler(invocation_request const& req) noexcept {
  if (req.payload.empty())
    throw std::runtime_error("empty");
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler noexcept_handler 153:21
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept noexcept_handler()] 155:5{{$}}

// CHECK-NOT: {{.}}
#ifdef LAMBDA_HANDLER
int main() {
  run_handler([](invocation_request const& req) noexcept {
    if (req.payload.empty())
      throw std::runtime_error("empty");
    return invocation_response::success(req.payload, "application/json");
  });
}
#endif
// With a run_handler call, only the lambda it is given is a handler:
// RUN: %clang-frontend %s -- -std=c++20 -DLAMBDA_HANDLER | %python %S/Inputs/facts.py | FileCheck %s --check-prefix=LAMBDA
// LAMBDA: file {{.*}}exception-flow.cpp
// LAMBDA-NEXT: handler (lambda) [[@LINE-10]]:15
// LAMBDA-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept (lambda)] [[@LINE-9]]:7{{$}}
// LAMBDA-NOT: {{.}}
// REQUIRES: clang-frontend
