// Handlers that answer with the event they received, modified or not, and payloads that are not
// judged: custom senders (asynchronous), code guarded for a custom sender only, a handler whose
// trigger is unknown, and payloads the analysis cannot follow.
// RUN: %triggerlint %s -- -std=c++20 | count 0
// REQUIRES: clang-frontend
#include <aws/core/utils/json/JsonSerializer.h>
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;
using Aws::Utils::Json::JsonValue;

// triggerlint: trigger=PostAuthentication
invocation_response post_auth(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["request"].contains("newDeviceUsed"))
    return invocation_response::success(req.payload, "application/json");
  std::string body = event.dump();
  return invocation_response::success(body, "application/json");
}

// triggerlint: trigger=PreSignUp
invocation_response pre_sign_up(invocation_request const &req) {
  JsonValue event(req.payload);
  event.WithObject("response", JsonValue().WithBool("autoConfirmUser", true));
  return invocation_response::success(event.View().WriteCompact(), "application/json");
}

// triggerlint: trigger=CustomEmailSender
invocation_response sender(invocation_request const &) {
  return invocation_response::success("{}", "application/json");
}

// triggerlint: trigger=PreSignUp,CustomSMSSender
invocation_response shared(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  if (event["triggerSource"].get<std::string>().starts_with("CustomSMSSender_"))
    return invocation_response::success("", "application/json");
  return invocation_response::success(event.dump(), "application/json");
}

// No annotation, no link, no triggerSource comparison: maybe no trigger at all.
invocation_response unknown_trigger(invocation_request const &) {
  return invocation_response::success("OK", "text/plain");
}

// triggerlint: trigger=PostConfirmation
invocation_response replaced(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  nlohmann::json out;
  out = event;
  return invocation_response::success(out.dump(), "application/json");
}

int main() {
  run_handler(post_auth);
  return 0;
}
