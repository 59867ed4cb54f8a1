// With -p, flags come from compile_commands.json: its include path holds a different copy of
// aws/lambda-runtime/runtime.h, which wins over the bundled declarations (-idirafter), so
// local_only_marker() resolves and the file has no problem. Plugin-loading flags are dropped.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/handler.cpp
// RUN: printf '[{"directory": "%t", "file": "%t/handler.cpp", "arguments": ["clang++", "-std=c++20", "-I%S/Inputs/compiledb", "-fplugin=/nonexistent/evil.so", "-Xclang", "-load", "-Xclang", "/nonexistent/evil2.so", "-c", "%t/handler.cpp"]}]' > %t/compile_commands.json
// RUN: %clang-frontend -p %t %t/handler.cpp | %python %S/Inputs/facts.py | FileCheck %s
// Without the database the bundled header has no local_only_marker: a TL000 problem.
// RUN: %clang-frontend %t/handler.cpp -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck --check-prefix=BUNDLED %s
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const& req) {
  if (local_only_marker() != 42)
    return invocation_response::failure("x", "y");
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: file {{.*}}handler.cpp
// CHECK-NOT: problem
// CHECK-NEXT: handler handler 13:21{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 15:12
// BUNDLED: problem {{.*}}handler.cpp 14:7 use of undeclared identifier 'local_only_marker'
// REQUIRES: clang-frontend
