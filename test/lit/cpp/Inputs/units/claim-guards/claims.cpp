// No handler markers here: these functions write into the JSON the handler passes them.
#include <nlohmann/json.hpp>

using json = nlohmann::json;

void add_claims(json &event) {
  auto &claims = event["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"];
  claims["tenant"] = "acme";
  if (event["triggerSource"] == "TokenGeneration_HostedAuth")
    claims["sub"] = "overridden";
}

void add_groups(json &response) {
  response["claimsOverrideDetails"]["claimsToSuppress"] = json::array({"email", "exp"});
}

void log_event(json &record) { record["response"]["claimsOverrideDetails"]["claimsToAddOrOverride"]["aud"] = "x"; }
