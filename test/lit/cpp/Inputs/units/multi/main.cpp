// The handler is here; what it calls is in helper.cpp, a file without handler markers.
#include <aws/lambda-runtime/runtime.h>

#include "notify.h"

using namespace aws::lambda_runtime;

// triggerlint: trigger=PostAuthentication
static invocation_response handle(invocation_request const &req) {
  record_sign_in(req.payload);
  return invocation_response::success(req.payload, "application/json");
}

int main() {
  run_handler(handle);
  return 0;
}
