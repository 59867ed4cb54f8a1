// A post-authentication handler that also uses an AWS SDK client triggerlint bundles no
// declarations for (S3): that header is missing wherever the SDK is not installed, and the
// analysis goes on without it (test/lit/cpp/hidden-headers.test).
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
using namespace aws::lambda_runtime;

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (!event["request"]["userAttributes"].contains("email"))
    throw std::runtime_error("no email");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
