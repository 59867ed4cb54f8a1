// One handler for two triggers; the checks that decide by trigger source are in checks.cpp.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

void deny_suspended(const std::string &source, const json &event);
void audit(const json &event, const std::string &source);

// triggerlint: trigger=PreAuthentication, PostAuthentication
invocation_response handler(invocation_request const &req) {
  json event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  deny_suspended(source, event);
  audit(event, source);
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
