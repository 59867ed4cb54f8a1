#include <aws/lambda-runtime/runtime.h>

using aws::lambda_runtime::invocation_request;
using aws::lambda_runtime::invocation_response;
using aws::lambda_runtime::run_handler;

int main() {
  auto handler = [](invocation_request const &req) {
    return invocation_response::success(req.payload, "application/json");
  };
  run_handler(handler);
}
