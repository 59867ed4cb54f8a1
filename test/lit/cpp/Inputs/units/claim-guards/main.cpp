// add_claims() in claims.cpp overrides 'sub' only for TokenGeneration_HostedAuth; this handler
// calls it only for TokenGeneration_Authentication.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

void add_claims(json &event);

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  json event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "TokenGeneration_Authentication")
    add_claims(event);
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
