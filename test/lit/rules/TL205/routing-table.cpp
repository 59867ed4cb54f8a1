// The keys of a routing table looked up by triggerSource are comparisons with it: a misspelt key is
// a route that never runs. A table of other strings is not checked.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

static void welcome(json &event) { event["response"]["emailSubject"] = "Welcome"; }
static void reset(json &event) { event["response"]["emailSubject"] = "Reset your password"; }
static void none(json &) {}

using Route = void (*)(json &);
static const std::map<std::string, Route> kRoutes = {
    {"CustomMessage_SignUp", welcome},
    {"CustomMessage_ForgotPasword", reset},
// CHECK: {{.*}}routing-table.cpp:[[@LINE-1]]:6: error: 'CustomMessage_ForgotPasword' is not a trigger source Cognito sends {{.*}}; did you mean 'CustomMessage_ForgotPassword'? [TL205 unknown-trigger-source]
};
static const std::map<std::string, Route> kByLocale = {{"en-US", none}, {"de_DE", none}};

invocation_response handler(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  if (kRoutes.count(source))
    kRoutes.at(source)(event);
  kByLocale.at(event["request"]["userAttributes"].value("locale", "en-US"))(event);
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
