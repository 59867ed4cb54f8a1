// A file that does not parse: its first error is the TL000 problem, with line and column;
// the exit status stays 0 and nothing but the JSON goes to stdout or stderr.
// RUN: %clang-frontend %s -- -std=c++20 > %t.out 2> %t.err; echo "status $?" >> %t.out
// RUN: head -1 %t.out | %python %S/Inputs/facts.py | FileCheck %s
// RUN: tail -1 %t.out | FileCheck --check-prefix=STATUS %s
// RUN: test ! -s %t.err
int broken( {
  return 1 +;
}

// CHECK: file {{.*}}parse-error.cpp
// CHECK-NEXT: problem {{.*}}parse-error.cpp 8:3 expected expression{{$}}
// STATUS: status 0
// REQUIRES: clang-frontend
