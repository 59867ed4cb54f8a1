// With nlohmann/json not installed (the hidden-headers sysroot), the bundled declarations stand in:
// a routing table of std::function<invocation_response(const nlohmann::json &)> type-checks (no
// problem, no note, not degraded), its keys are compared with the trigger source and its entries
// run under them, a guard on event["triggerSource"] narrows, a catch of json::exception (the
// library's hierarchy, not std::exception) does not stop a std::invalid_argument, and the response
// writes are read: the facts of a run with the real header, which the second RUN line checks.
// RUN: %clang-frontend %s -- -std=c++20 --sysroot=%hidden_sysroot | %python %S/Inputs/facts.py --notes | FileCheck %s --implicit-check-not=problem --implicit-check-not=note --implicit-check-not=degraded
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --notes | FileCheck %s --implicit-check-not=problem --implicit-check-not=note --implicit-check-not=degraded
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
using namespace aws::lambda_runtime;
using nlohmann::json;

using Route = std::function<invocation_response(const nlohmann::json &)>;

static invocation_response deny_locked(const json &event) {
  if (event["request"]["userAttributes"].value("custom:locked", "") == "true")
    return invocation_response::failure("locked", "Locked");
  return invocation_response::success(event.dump(), "application/json");
}

static invocation_response audit(const json &event) {
  try {
    if (event.at("request").at("userAttributes").at("email").get<std::string>().empty())
      throw std::invalid_argument("no email");
  } catch (const json::exception &) {
    // a missing key (json::out_of_range) is not an error here
  }
  return invocation_response::success(event.dump(), "application/json");
}

static const std::unordered_map<std::string, Route> routes = {
    {"PreAuthentication_Authentication", deny_locked},
    {"PostAuthentication_Authentication", audit},
};

invocation_response handler(invocation_request const &req) {
  json event = json::parse(req.payload);
  if (event["triggerSource"] == "TokenGeneration_Authentication") {
    event["response"]["claimsOverrideDetails"]["claimsToSuppress"] = json::array({"email"});
    return invocation_response::success(event.dump(), "application/json");
  }
  auto route = routes.find(event.value("triggerSource", ""));
  if (route == routes.end())
    return invocation_response::success(event.dump(), "application/json");
  return route->second(event);
}

// CHECK: file {{.*}}bundled-nlohmann-json.cpp
// CHECK-NEXT: handler handler 41:21{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 22:12 via=50:10 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::invalid_argument] 29:7 via=50:10 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == TokenGeneration_Authentication 43:33{{$}}
// CHECK-NEXT: compare == PreAuthentication_Authentication 37:6 excluded=TokenGeneration_Authentication{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 38:6 excluded=TokenGeneration_Authentication{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress 44:48 guards=TokenGeneration_Authentication{{$}}
// REQUIRES: clang-frontend
