// A routing table looked up with at() throws std::out_of_range for a trigger source that is no key
// (issue 9): TL208 at the lookup when a trigger the handler serves sends such a source, matched
// against catch clauses by type; nothing when the keys cover every source of its triggers, when a
// membership test guards the lookup, or when a catch of std::exception (a base) or of
// std::out_of_range surrounds it.
// RUN: not %triggerlint %s -- -std=c++20 | FileCheck %s --implicit-check-not="{{warning|error}}:"
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>

using namespace aws::lambda_runtime;
using json = nlohmann::json;

static void confirm(json &event) { event["response"]["autoConfirmUser"] = true; }

static const std::unordered_map<std::string, std::function<void(json &)>> kSignUp = {
    {"PreSignUp_SignUp", confirm},
};
static const std::unordered_map<std::string, std::function<void(json &)>> kSignIn = {
    {"PreAuthentication_Authentication", [](json &) {}},
    {"PostAuthentication_Authentication", [](json &) {}},
};

// triggerlint: trigger=PreSignUp
invocation_response signUp(invocation_request const &req) {
  auto event = json::parse(req.payload);
  kSignUp.at(event["triggerSource"].get<std::string>())(event);
// CHECK: {{.*}}routing-table-at.cpp:[[@LINE-1]]:3: error: 'std::out_of_range: kSignUp.at(event["triggerSource"].get<std::string>()) {{.*}}' escapes the handler{{.*}} [TL208 exception-escapes-handler]
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreAuthentication, PostAuthentication
invocation_response signIn(invocation_request const &req) {
  auto event = json::parse(req.payload);
  kSignIn.at(event["triggerSource"].get<std::string>())(event);
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response guarded(invocation_request const &req) {
  auto event = json::parse(req.payload);
  const std::string source = event["triggerSource"];
  if (kSignUp.contains(source))
    kSignUp.at(source)(event);
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response caughtByBase(invocation_request const &req) {
  auto event = json::parse(req.payload);
  try {
    kSignUp.at(event["triggerSource"].get<std::string>())(event);
  } catch (const std::exception &e) {
    return invocation_response::failure(e.what(), "UnknownSource");
  }
  return invocation_response::success(event.dump(), "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response caughtOtherType(invocation_request const &req) {
  auto event = json::parse(req.payload);
  try {
    kSignUp.at(event["triggerSource"].get<std::string>())(event);
// CHECK: {{.*}}routing-table-at.cpp:[[@LINE-1]]:5: error: 'std::out_of_range: {{.*}}' escapes the handler{{.*}} [TL208 exception-escapes-handler]
  } catch (const std::runtime_error &e) {
    return invocation_response::failure(e.what(), "Failed");
  }
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(signUp);
  run_handler(signIn);
  run_handler(guarded);
  run_handler(caughtByBase);
  run_handler(caughtOtherType);
  return 0;
}
