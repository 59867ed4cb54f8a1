// Post-authentication handler linked by the template: its function's CodeUri holds this file.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

using namespace aws::lambda_runtime;

bool too_many_devices(nlohmann::json const &event) { return event["request"].value("newDeviceUsed", false); }

invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (too_many_devices(event))
    return invocation_response::failure("device limit reached", "DeviceLimit");
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
