// triggerlint: trigger=PostAuthentication
// The file's leading comment block names the trigger of every handler of the file; a function's
// own annotation names its own.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

invocation_response audit(invocation_request const &req) {
  if (req.payload.empty())
    return invocation_response::failure("no event", "AuditError");
// CHECK: {{.*}}file-annotation.cpp:[[@LINE-1]]:12: error: '{{.*}}failure{{.*}}' fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}file-annotation.cpp:1:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(req.payload, "application/json");
}

invocation_response notify(invocation_request const &req) {
  if (req.payload.size() > 4096)
    return invocation_response::failure("too big", "NotifyError");
// CHECK: {{.*}}file-annotation.cpp:[[@LINE-1]]:12: error: '{{.*}}failure{{.*}}' fails the PostAuthentication trigger: {{.*}} [TL201 post-auth-blocking]
// CHECK-NEXT: {{.*}}file-annotation.cpp:1:1: note: annotated here as a PostAuthentication handler
  return invocation_response::success(req.payload, "application/json");
}

// A pre-authentication denial is how sign-in is refused: not TL201.
// triggerlint: trigger=PreAuthentication
invocation_response deny(invocation_request const &req) {
  if (req.payload.find("blocked") != std::string::npos)
    return invocation_response::failure("blocked", "Denied");
  return invocation_response::success(req.payload, "application/json");
}

// No run_handler call here: every function with the handler signature is a handler (a source with
// a run_handler call makes only what it is given a handler, and `notify` would be a helper).
