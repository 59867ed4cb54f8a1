// A handler's facts are expanded once per state a function is reached in, not once per call path:
// a second path in the same state adds nothing (the first path's calls stay the fact's `via`), a
// path in another state does. A state is the guards of the path and the calls on it where an
// exception can stop: a try around the call, a noexcept callee.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void leaf() { throw std::runtime_error("leaf"); }
static void mid() { leaf(); }
static void twice() { mid(); mid(); }
static void quiet() noexcept { mid(); }

// The first call to mid() is inside a try that catches the throw; the second is not, so the throw
// escapes through it. The two calls inside twice() reach mid() in one state: one fact.
invocation_response tries(invocation_request const& req) {
  try {
    mid();
  } catch (const std::exception&) {
  }
  mid();
  twice();
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: handler tries 18:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 11:22 via=23:3,12:21{{$}}
// CHECK-NEXT: handler noexcepts 33:21

// quiet() is noexcept: the throw ends in std::terminate at each call of quiet(), in that call's
// context; the call in the else branch reaches mid() in another state than the first.
invocation_response noexcepts(invocation_request const& req) {
  const std::string triggerSource = req.payload;
  if (triggerSource == "PreSignUp_SignUp")
    quiet();
  else
    quiet();
  quiet();
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept quiet()] 36:5 guards=PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept quiet()] 38:5 excluded=PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure exit [std::terminate: throw std::runtime_error leaves noexcept quiet()] 39:3{{$}}
// CHECK-NEXT: compare == PreSignUp_SignUp 35:24{{$}}
// REQUIRES: clang-frontend
