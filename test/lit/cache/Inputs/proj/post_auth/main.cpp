#include <aws/lambda-runtime/runtime.h>

#include "../common/audit.h"

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  record_sign_in(req.payload.size() > 2);
  return invocation_response::success(req.payload, "application/json");
}

int main() { run_handler(handler); }
