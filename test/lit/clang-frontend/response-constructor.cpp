// invocation_response(payload, content_type, success), aws-lambda-cpp's public constructor, answers
// as success() does when `success` is true (its payload is classified) and as failure() does when it
// is false, a literal or a constant expression either way; a flag known only at run time is neither.
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py --payloads | FileCheck %s --check-prefix=PAYLOAD
// RUN: %clang-frontend %s -- -std=c++20 | %python %S/Inputs/facts.py | FileCheck %s --check-prefix=FAILURE
// REQUIRES: clang-frontend
#include <aws/lambda-runtime/runtime.h>

#include <string>

using namespace aws::lambda_runtime;

constexpr bool kFailed = false;

invocation_response handler(invocation_request const &req) {
  if (req.request_id == "a")
    return invocation_response(req.payload, "application/json", true);
  if (req.request_id == "b")
    return invocation_response("{}", "application/json", !kFailed);
  if (req.request_id == "c")
    return invocation_response("locked", "AccountLocked", kFailed);
  const bool ok = req.payload.size() > 2;
  if (req.request_id == "d")
    return invocation_response("maybe", "text/plain", ok);
  invocation_response answer(std::string("OK"), "text/plain", true);
  return answer;
}
// PAYLOAD: handler handler [[@LINE-13]]:21
// PAYLOAD-NEXT: payload event [req.payload] 17:32{{$}}
// PAYLOAD-NEXT: payload literal [{}] 19:32{{$}}
// PAYLOAD-NEXT: payload literal [OK] 25:30{{$}}
// PAYLOAD-NOT: payload
// FAILURE: handler handler [[@LINE-18]]:21
// FAILURE-NEXT: failure failure [invocation_response(..., false)] 21:12{{$}}
// FAILURE-NOT: failure
