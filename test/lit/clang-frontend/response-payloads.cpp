// What each invocation_response::success(payload, ...) answers with: the event it received (parsed
// and serialised, or req.payload itself), a string constant, a JSON object built from scratch, or
// unknown when the payload cannot be followed to where it starts.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --payloads | FileCheck %s
// REQUIRES: clang-frontend
#include <aws/core/utils/json/JsonSerializer.h>
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>

using namespace aws::lambda_runtime;
using Aws::Utils::Json::JsonValue;
using json = nlohmann::json;

constexpr const char *kEmpty = "{}";

invocation_response answer_ok() { return invocation_response::success("OK", "text/plain"); }

void merge_into(json &target, json const &from) { target = from; }

invocation_response events(invocation_request const &req) {
  auto event = json::parse(req.payload);
  event["response"]["autoConfirmUser"] = true;
  if (event.contains("a"))
    return invocation_response::success(event.dump(), "application/json");
// CHECK: handler events [[@LINE-5]]:21
// CHECK-NEXT: payload event [event.dump()] [[@LINE-2]]:41{{$}}
  if (event.contains("b"))
    return invocation_response::success(req.payload, "application/json");
// CHECK-NEXT: payload event [req.payload] [[@LINE-1]]:41{{$}}
  const std::string &text = req.payload;
  json copy = json::parse(text);
  json same = copy;
  if (event.contains("c"))
    return invocation_response::success(same.dump(2), "application/json");
// CHECK-NEXT: payload event [same.dump(2)] [[@LINE-1]]:41{{$}}
  std::string body = event.dump();
  if (event.contains("d"))
    return invocation_response::success(std::move(body), "application/json");
// CHECK-NEXT: payload event [std::move(body)] [[@LINE-1]]:41{{$}}
  JsonValue value(req.payload);
  value.WithString("x", "y");
  return invocation_response::success(value.View().WriteCompact(), "application/json");
// CHECK-NEXT: payload event [value.View().WriteCompact()] [[@LINE-1]]:39{{$}}
}

invocation_response literals(invocation_request const &req) {
  auto event = json::parse(req.payload);
  if (event.contains("a"))
    return invocation_response::success("{}", "application/json");
// CHECK: handler literals [[@LINE-4]]:21
// CHECK-NEXT: payload literal [{}] [[@LINE-2]]:41{{$}}
  if (event.contains("b"))
    return invocation_response::success("", "application/json");
// CHECK-NEXT: payload literal [] [[@LINE-1]]:41{{$}}
  if (event.contains("c"))
    return invocation_response::success(std::string(kEmpty), "application/json");
// CHECK-NEXT: payload literal [{}] [[@LINE-1]]:41{{$}}
  if (event.contains("d"))
    return invocation_response::success(std::string{}, "application/json");
// CHECK-NEXT: payload literal [] [[@LINE-1]]:41{{$}}
  return answer_ok();
// CHECK-NEXT: payload literal [OK] 19:71 via=[[@LINE-1]]:10{{$}}
}

invocation_response built(invocation_request const &req) {
  auto event = json::parse(req.payload);
  json out;
  out["response"]["autoConfirmUser"] = true;
  if (event.contains("a"))
    return invocation_response::success(out.dump(), "application/json");
// CHECK: handler built [[@LINE-6]]:21
// CHECK-NEXT: payload built [out.dump()] [[@LINE-2]]:41{{$}}
  if (event.contains("b"))
    return invocation_response::success(json::object().dump(), "application/json");
// CHECK-NEXT: payload built [json::object().dump()] [[@LINE-1]]:41{{$}}
  if (event.contains("c"))
    return invocation_response::success(json{{"response", json::object()}}.dump(), "application/json");
// CHECK-NEXT: payload built [json{{[{][{]}}"response", json::object(){{[}][}]}}.dump()] [[@LINE-1]]:41{{$}}
  if (event.contains("d"))
    return invocation_response::success(json::parse(R"({"response": {}})").dump(), "application/json");
// CHECK-NEXT: payload built [json::parse(R"({"response": {}})").dump()] [[@LINE-1]]:41{{$}}
  JsonValue reply;
  reply.WithObject("response", JsonValue().WithBool("autoConfirmUser", true));
  return invocation_response::success(reply.View().WriteCompact(), "application/json");
// CHECK-NEXT: payload built [reply.View().WriteCompact()] [[@LINE-1]]:39{{$}}
}

// Payloads that may be the event: never judged.
invocation_response unknown(invocation_request const &req) {
  auto event = json::parse(req.payload);
  json replaced;
  replaced = event;
  if (event.contains("a"))
    return invocation_response::success(replaced.dump(), "application/json");
// CHECK: handler unknown [[@LINE-6]]:21
// CHECK-NEXT: payload unknown [replaced.dump()] [[@LINE-2]]:41{{$}}
  json merged;
  merge_into(merged, event);
  if (event.contains("b"))
    return invocation_response::success(merged.dump(), "application/json");
// CHECK-NEXT: payload unknown [merged.dump()] [[@LINE-1]]:41{{$}}
  json patched;
  patched.update(event);
  if (event.contains("c"))
    return invocation_response::success(patched.dump(), "application/json");
// CHECK-NEXT: payload unknown [patched.dump()] [[@LINE-1]]:41{{$}}
  std::string text = "{}";
  text = event.dump();
  if (event.contains("d"))
    return invocation_response::success(text, "application/json");
// CHECK-NEXT: payload unknown [text] [[@LINE-1]]:41{{$}}
  if (event.contains("e"))
    return invocation_response::success(event.contains("f") ? event.dump() : "{}", "application/json");
// CHECK-NEXT: payload unknown [event.contains("f") ? event.dump() : "{}"] [[@LINE-1]]:41{{$}}
  return invocation_response::success(event["response"].dump(), "application/json");
// CHECK-NEXT: payload unknown [event["response"].dump()] [[@LINE-1]]:39{{$}}
}

// No run_handler call: every function with the handler signature above is a handler (with one,
// only what it is given would be).
