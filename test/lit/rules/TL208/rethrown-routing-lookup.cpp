// A catch clause that logs and rethrows what a routing table's at() threw (std::out_of_range for a
// trigger source that is no key) lets it escape for those sources: TL208 at the rethrow when a
// trigger the handler serves sends one; nothing when the keys cover every source of its triggers
// or a membership test guards the lookup, unless an entry's function throws itself.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unordered_map>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

// json's operator[] may throw (a library throw a rethrow would pass on): the entries here throw nothing
static void confirm(json &) {}

static const std::unordered_map<std::string, std::function<void(json &)>> kSignUp = {
    {"PreSignUp_SignUp", confirm},
};
static const std::unordered_map<std::string, std::function<void(json &)>> kEverySignUp = {
    {"PreSignUp_SignUp", confirm},
    {"PreSignUp_AdminCreateUser", confirm},
    {"PreSignUp_ExternalProvider", confirm},
};

// triggerlint: trigger=PreSignUp
invocation_response someKeys(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  try {
    kSignUp.at(source)(event);
  } catch (const std::exception &e) {
    std::cerr << "no route: " << e.what() << '\n';
    throw;
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:5: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:31:1: note: annotated here as a PreSignUp handler
  }
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response everyKey(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  try {
    kEverySignUp.at(source)(event);
  } catch (const std::exception &e) {
    std::cerr << "no route: " << e.what() << '\n';
    throw;
  }
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response membershipGuard(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  try {
    if (kSignUp.contains(source))
      kSignUp.at(source)(event);
  } catch (...) {
    throw;
  }
  return invocation_response::success(event.dump(), "application/json");
}

static void autoConfirm(json &event) { event["response"]["autoConfirmUser"] = true; }
static const std::unordered_map<std::string, std::function<void(json &)>> kWriting = {
    {"PreSignUp_SignUp", autoConfirm},
    {"PreSignUp_AdminCreateUser", autoConfirm},
    {"PreSignUp_ExternalProvider", autoConfirm},
};

// triggerlint: trigger=PreSignUp
invocation_response entryThrows(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  try {
    kWriting.at(source)(event);
  } catch (const std::exception &e) {
    std::cerr << "write failed: " << e.what() << '\n';
    throw; // what json's operator[] threw in autoConfirm(), whatever the source
// CHECK: {{.*}}rethrown-routing-lookup.cpp:[[@LINE-1]]:5: error: 'throw' escapes the handler: {{.*}} [TL208 exception-escapes-handler]
// CHECK-NEXT: {{.*}}rethrown-routing-lookup.cpp:79:1: note: annotated here as a PreSignUp handler
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(someKeys);
  run_handler(everyKey);
  run_handler(membershipGuard);
  run_handler(entryThrows);
  return 0;
}
