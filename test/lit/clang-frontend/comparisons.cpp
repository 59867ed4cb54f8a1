// triggerSource comparisons in every form, and the guards/exclusions they give the facts they
// control: then-branches, else-if chains, else of ==, early return on == (after one on !=, only that
// source runs on: source-flow-unreached.cpp); guards of call sites are inherited by the callee's facts.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s
#include <aws/lambda-runtime/runtime.h>
#include <aws/core/utils/json/JsonSerializer.h>
#include <nlohmann/json.hpp>
#include <cstring>
#include <stdexcept>
#include <string_view>
using namespace aws::lambda_runtime;
using json = nlohmann::json;

static void fail() { throw std::runtime_error("x"); }

invocation_response dispatch(invocation_request const& req) {
  auto j = json::parse(req.payload);
  const std::string trigger_source = j.at("triggerSource").get<std::string>();
  std::string_view sv = trigger_source;
  if (j["triggerSource"] == "PostAuthentication_Authentication") {
    fail();
  } else if (trigger_source.compare("PreAuthentication_Authentication") == 0) {
    throw std::runtime_error("a");
  } else if (sv == "PreSignUp_SignUp") {
    throw std::runtime_error("b");
  } else {
    throw std::runtime_error("c");
  }
}

invocation_response early(invocation_request const& req) {
  Aws::Utils::Json::JsonValue v(req.payload);
  auto view = v.View();
  if (view.GetString("triggerSource") == "CustomMessage_SignUp")
    return invocation_response::success(req.payload, "application/json");
  fail();
  if (std::strcmp(view.GetString("triggerSource").c_str(), "UserMigration_Authentication") == 0)
    fail();
  if (view.GetString("triggerSource").starts_with("TokenGeneration_"))
    fail();
  if (view.GetString("triggerSource").rfind("CustomSMSSender_", 0) == 0)
    fail();
  if (!(view.GetString("triggerSource") == "Other_Thing" || view.GetString("triggerSource") == "Third_Thing"))
    return invocation_response::success(req.payload, "application/json");
  fail();
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: handler dispatch 16:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 23:5 guards=PreAuthentication_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 25:5 guards=PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 27:5 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication|PreSignUp_SignUp{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=21:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 20:29{{$}}
// CHECK-NEXT: compare compare PreAuthentication_Authentication 22:37 excluded=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: compare == PreSignUp_SignUp 24:20 excluded=PostAuthentication_Authentication|PreAuthentication_Authentication{{$}}
// CHECK: handler early 31:21
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=36:3 excluded=CustomMessage_SignUp{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=38:5 guards=UserMigration_Authentication{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=40:5 guards=TokenGeneration_{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=42:5 guards=CustomSMSSender_{{$}}
// CHECK-NEXT: failure throw [throw std::runtime_error] 14:22 via=45:3 guards=Other_Thing|Third_Thing{{$}}
// CHECK-NEXT: compare == CustomMessage_SignUp 34:42{{$}}
// CHECK-NEXT: compare strcmp UserMigration_Authentication 37:60 excluded=CustomMessage_SignUp{{$}}
// CHECK-NEXT: compare starts_with TokenGeneration_ 39:51 excluded=CustomMessage_SignUp{{$}}
// CHECK-NEXT: compare rfind CustomSMSSender_ 41:45 excluded=CustomMessage_SignUp{{$}}
// CHECK-NEXT: compare == Other_Thing 43:44 excluded=CustomMessage_SignUp{{$}}
// CHECK-NEXT: compare == Third_Thing 43:96 excluded=CustomMessage_SignUp|Other_Thing{{$}}
// REQUIRES: clang-frontend
