// `-Xclang -verify` in a compile command would let `expected-error` comments of the source
// swallow its errors: a broken file reported clean. It is turned off.
// RUN: %clang-frontend %s -- -std=c++20 -Xclang -verify | %python %S/Inputs/facts.py | FileCheck %s
int x = undeclared; // expected-error {{use of undeclared identifier}}

// CHECK: file {{.*}}verify-flag.cpp
// CHECK-NEXT: problem {{.*}}verify-flag.cpp 4:9 use of undeclared identifier 'undeclared'
// REQUIRES: clang-frontend
