// The handler calls audit() in helper.cpp three times; two of the calls are behind a test no
// trigger source passes.
#include <aws/lambda-runtime/runtime.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace aws::lambda_runtime;

void audit(const std::string &event);

enum class Kind { Pre, Post, Never };
static Kind parse(const std::string &s) { return s == "PreAuthentication_Authentication" ? Kind::Pre : Kind::Post; }

// triggerlint: trigger=PostAuthentication
static invocation_response handle(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  std::string src = event["triggerSource"];
  if (src == "PreAuthentication_Authentication" && src == "PostAuthentication_Authentication")
    audit(req.payload);
  if (parse(src) == Kind::Never)
    audit(req.payload);
  if (src == "PostAuthentication_Authentication")
    audit(req.payload);
  return invocation_response::success(req.payload, "application/json");
}

int main() {
  run_handler(handle);
  return 0;
}
