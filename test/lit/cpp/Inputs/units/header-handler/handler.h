#pragma once
#include <aws/lambda-runtime/runtime.h>

#include <stdexcept>

// triggerlint: trigger=PostAuthentication
inline aws::lambda_runtime::invocation_response deny_unknown_users(aws::lambda_runtime::invocation_request const &req) {
  if (req.payload.find("unknown") != std::string::npos)
    throw std::invalid_argument("unknown user");
  return aws::lambda_runtime::invocation_response::success(req.payload, "application/json");
}
