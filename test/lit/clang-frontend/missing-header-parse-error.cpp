// A missing header does not excuse a file that does not parse for another reason: its first such
// error is still the TL000 problem (a parse error on a line where no missing name stood), and the
// missing header is still a note.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --notes | FileCheck %s
#include <team/metrics_not_installed.h>
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  team::record("sign-in");
  int broken = 1 +;
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: file {{.*}}missing-header-parse-error.cpp
// CHECK-NEXT: problem {{.*}}missing-header-parse-error.cpp 11:19 expected expression{{$}}
// CHECK-NEXT: note 'team/metrics_not_installed.h' was not found (line 5): the analysis went on without it, and facts that need its declarations may be missing
// REQUIRES: clang-frontend
