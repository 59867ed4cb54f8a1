// Throws matched against catch clauses by type ([except.handle]): the same type, an unambiguous
// public base class, pointers through derived-to-base and qualification conversions, nullptr,
// catch (...). A throw is a failure only when no catch clause on its path catches it.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <stdexcept>
using namespace aws::lambda_runtime;

struct AppError : std::runtime_error { using std::runtime_error::runtime_error; };
struct Denied : AppError { using AppError::AppError; };
struct Hidden : private std::runtime_error { Hidden() : std::runtime_error("hidden") {} };
struct Left : std::exception {};
struct Right : std::exception {};
struct Both : Left, Right {};

invocation_response standard_types(invocation_request const& req) {
  try {
    throw std::runtime_error("not an invalid_argument");
  } catch (const std::invalid_argument&) {
  }
  try {
    throw std::runtime_error("an exception");
  } catch (const std::exception&) {
  }
  try {
    try {
      throw std::runtime_error("the outer try catches it");
    } catch (const std::invalid_argument&) {
    }
  } catch (std::runtime_error&) {
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK: handler standard_types 16:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 18:5{{$}}

invocation_response own_hierarchy(invocation_request const& req) {
  try {
    if (req.payload.empty())
      throw Denied("a derived class");
    throw AppError("the base itself");
  } catch (const Denied&) {
  } catch (const AppError&) {
  }
  try {
    throw AppError("a derived handler does not catch its base");
  } catch (const Denied&) {
  }
  try {
    throw Hidden();
  } catch (const std::runtime_error&) { // a private base
  }
  try {
    throw Both();
  } catch (const std::exception&) { // an ambiguous base
  }
  try {
    throw Both();
  } catch (const Left&) {
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler own_hierarchy 37:21
// CHECK-NEXT: failure throw [throw AppError] 46:5{{$}}
// CHECK-NEXT: failure throw [throw Hidden] 50:5{{$}}
// CHECK-NEXT: failure throw [throw Both] 54:5{{$}}

invocation_response pointers(invocation_request const& req) {
  static Denied denied("d");
  static const AppError constant("c");
  try {
    throw &denied;
  } catch (const AppError*) { // derived-to-base and an added const
  }
  try {
    throw &denied;
  } catch (const void*) {
  }
  try {
    throw nullptr;
  } catch (Denied*) {
  }
  try {
    throw "text";
  } catch (const char*) { // the array decays
  }
  try {
    throw &constant;
  } catch (AppError*) { // would drop const
  }
  try {
    throw &denied;
  } catch (AppError*&) { // a reference to a non-const pointer binds no converted pointer
  }
  try {
    throw &denied;
  } catch (AppError&) { // a pointer is not a class
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler pointers 68:21
// CHECK-NEXT: failure throw [throw &constant] 88:5{{$}}
// CHECK-NEXT: failure throw [throw &denied] 92:5{{$}}
// CHECK-NEXT: failure throw [throw &denied] 96:5{{$}}

invocation_response catch_all(invocation_request const& req) {
  try {
    throw 42;
  } catch (long) { // no conversions for class-less types
  } catch (...) {
  }
  try {
    throw 42;
  } catch (long) {
  }
  return invocation_response::success(req.payload, "application/json");
}
// CHECK-NEXT: handler catch_all 106:21
// CHECK-NEXT: failure throw [throw 42] 113:5{{$}}
// CHECK-NOT: {{.}}
// REQUIRES: clang-frontend
