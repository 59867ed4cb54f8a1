#include <aws/lambda-runtime/runtime.h>

namespace lr = aws::lambda_runtime;

struct PreSignUp {
  lr::invocation_response operator()(lr::invocation_request const &req) const {
    return lr::invocation_response::success(req.payload, "application/json");
  }
};

int main() { lr::run_handler(PreSignUp{}); }
