// A missing header (here the runtime itself and the JSON library): the file is still analysed from what Clang recovered, every handler is
// marked degraded with Clang's message about the first, and each is a note, not a TL000 problem: the errors they cause further
// down are not the file's. With the runtime header missing, the handler signature is recognised by its spelling.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --notes | FileCheck %s
#include <aws/lambda-runtime/runtime_not_installed.h>
#include <nlohmann/json_missing_for_test.hpp>
#include <cstdlib>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

invocation_response handler(invocation_request const& req) {
  auto j = nlohmann::json::parse(req.payload);
  if (j["triggerSource"] == "PostAuthentication_Authentication") {
    j["response"]["claimsOverrideDetails"]["claimsToSuppress"] = {"email"};
    throw std::runtime_error("blocked");
  }
  if (j["triggerSource"] != "PreSignUp_SignUp")
    std::abort();
  j["response"]["autoConfirmUser"] = true;
  return invocation_response::success(j.dump(), "application/json");
}

// CHECK: file {{.*}}degraded.cpp
// CHECK-NEXT: note 'aws/lambda-runtime/runtime_not_installed.h' was not found (line 5): the analysis went on without it, and facts that need its declarations may be missing
// CHECK-NEXT: note 'nlohmann/json_missing_for_test.hpp' was not found (line 6): the analysis went on without it, and facts that need its declarations may be missing
// CHECK-NEXT: handler handler 12:21 degraded: 'aws/lambda-runtime/runtime_not_installed.h' file not found
// CHECK-NEXT: failure throw [throw std::runtime_error] 16:5 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: failure exit [std::abort] 19:5 excluded=PostAuthentication_Authentication|PreSignUp_SignUp{{$}}
// CHECK-NEXT: compare == PostAuthentication_Authentication 14:29{{$}}
// CHECK-NEXT: compare != PreSignUp_SignUp 18:29 excluded=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: write response.claimsOverrideDetails.claimsToSuppress strings=email 15:44 guards=PostAuthentication_Authentication{{$}}
// CHECK-NEXT: write response.autoConfirmUser 20:17 guards=PreSignUp_SignUp excluded=PostAuthentication_Authentication{{$}}
// REQUIRES: clang-frontend
