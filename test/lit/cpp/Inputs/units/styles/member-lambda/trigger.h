#pragma once
#include <aws/lambda-runtime/runtime.h>

class Trigger {
public:
  aws::lambda_runtime::invocation_response handle(aws::lambda_runtime::invocation_request const &req);
};
