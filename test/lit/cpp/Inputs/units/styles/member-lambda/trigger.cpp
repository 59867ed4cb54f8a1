#include "trigger.h"

#include <stdexcept>

aws::lambda_runtime::invocation_response Trigger::handle(aws::lambda_runtime::invocation_request const &req) {
  if (req.payload.empty())
    throw std::runtime_error("empty event");
  return aws::lambda_runtime::invocation_response::success(req.payload, "application/json");
}
