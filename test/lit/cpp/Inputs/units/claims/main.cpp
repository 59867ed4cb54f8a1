// A pre token generation handler whose claims are filled in by claims.cpp.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

void add_claims(json &event);
void add_groups(json &response);
void log_event(json &record);
json issuer_claims();

// triggerlint: trigger=PreTokenGeneration
invocation_response handler(invocation_request const &req) {
  json event = json::parse(req.payload);
  std::string source = event["triggerSource"];
  if (source == "TokenGeneration_Authentication")
    add_claims(event);
  add_groups(event["response"]);
  json record;
  log_event(record);
  event["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"] = issuer_claims();
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
