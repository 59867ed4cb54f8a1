// With -p, flags come from compile_commands.json: its include path holds a different copy of
// aws/lambda-runtime/runtime.h, which wins over the bundled declarations (-idirafter), so
// local_only_marker() resolves and the file has no problem. Plugin-loading flags are dropped.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/handler.cpp
// RUN: printf '[{"directory": "%t", "file": "%t/handler.cpp", "arguments": ["clang++", "-std=c++20", "-I%S/Inputs/compiledb", "-fplugin=/nonexistent/evil.so", "-Xclang", "-load", "-Xclang", "/nonexistent/evil2.so", "-c", "%t/handler.cpp"]}]' > %t/compile_commands.json
// RUN: %clang-frontend -p %t %t/handler.cpp | %python %S/Inputs/facts.py | FileCheck %s
// With -p and `--` flags both (triggerlint -p DIR -- FLAGS), the database still applies and the
// flags are added: -DEXTRA_FAILURE turns on a second failure path.
// RUN: %clang-frontend -p %t %t/handler.cpp -- -DEXTRA_FAILURE | %python %S/Inputs/facts.py | FileCheck --check-prefix=EXTRA %s
// Without the database the bundled header has no local_only_marker: a TL000 problem.
// RUN: %clang-frontend %t/handler.cpp -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck --check-prefix=BUNDLED %s
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const& req) {
  if (local_only_marker() != 42)
    return invocation_response::failure("x", "y");
#ifdef EXTRA_FAILURE
  return invocation_response::failure("extra", "y");
#endif
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: file {{.*}}handler.cpp
// CHECK-NOT: problem
// CHECK-NEXT: handler handler 16:21{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 18:12
// EXTRA: file {{.*}}handler.cpp
// EXTRA-NOT: problem
// EXTRA-NEXT: handler handler 16:21{{$}}
// EXTRA-NEXT: failure failure [invocation_response::failure] 18:12
// EXTRA-NEXT: failure failure [invocation_response::failure] 20:10
// BUNDLED: problem {{.*}}handler.cpp 17:7 use of undeclared identifier 'local_only_marker'
// REQUIRES: clang-frontend
