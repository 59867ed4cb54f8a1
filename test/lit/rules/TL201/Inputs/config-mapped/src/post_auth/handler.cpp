#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (!event["request"]["userAttributes"].contains("email"))
    return invocation_response::failure("no email on file", "MissingEmail");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
