// A file forced in by -include in the compile command may be any readable file of the machine,
// not one the sources chose: when it does not parse, the TL000 names it but does not quote it
// (Clang's message echoes its first token). The handler is still analysed.
// RUN: rm -rf %t && mkdir -p %t && printf 'TOPSECRET-value and the rest of the secret\n' > %t/secret.txt
// RUN: %clang-frontend %s -- -std=c++20 -include %t/secret.txt | %python %S/Inputs/facts.py | FileCheck %s --implicit-check-not=TOPSECRET
// An #include of the source keeps Clang's message, at its place in the included file.
// RUN: printf '#include "%t/secret.txt"\n' > %t/includes-it.cpp
// RUN: %clang-frontend %t/includes-it.cpp -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --check-prefix=SOURCE
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const& req) {
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: file {{.*}}forced-include.cpp
// CHECK-NEXT: problem {{.*}}forced-include.cpp 0:0 a file given with -include in the compile command does not parse: '{{.*}}secret.txt'
// CHECK-NEXT: handler handler 12:21
// SOURCE: problem {{.*}}secret.txt 1:1 unknown type name 'TOPSECRET'
// REQUIRES: clang-frontend
