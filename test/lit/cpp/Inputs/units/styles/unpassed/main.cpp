#include <aws/lambda-runtime/runtime.h>

#include <stdexcept>

using namespace aws::lambda_runtime;

// Has the handler's signature, is never given to run_handler: a helper, not a handler.
invocation_response fallback(invocation_request const &req) {
  throw std::runtime_error("unused");
}

invocation_response handler(invocation_request const &req) {
  return invocation_response::success(req.payload, "application/json");
}

int main() { run_handler(handler); }
