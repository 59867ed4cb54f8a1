// No handler markers here: the trigger source reaches these functions as a parameter.
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

using json = nlohmann::json;

void deny_suspended(const std::string &source, const json &event) {
  if (source != "PreAuthentication_Authentication")
    return;
  if (event["request"]["userAttributes"].value("custom:suspended", "") == "1")
    throw std::runtime_error("This account is suspended.");
}

void audit(const json &event, const std::string &source) {
  if (source == "PostAuthentication_Authentication" && event.is_null())
    throw std::invalid_argument("no event");
}
