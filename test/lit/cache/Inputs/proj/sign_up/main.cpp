#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}

int main() { run_handler(handler); }
