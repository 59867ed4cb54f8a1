#include <aws/lambda-runtime/runtime.h>

using namespace aws::lambda_runtime;

// triggerlint: ignore[TL201] logging only
static invocation_response handler(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}
