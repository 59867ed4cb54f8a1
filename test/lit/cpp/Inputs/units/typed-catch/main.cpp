// A post-authentication handler whose side effects live in effects.cpp, each call in a try.
#include <aws/lambda-runtime/runtime.h>

#include <stdexcept>
#include <string>

#include "errors.h"

using namespace aws::lambda_runtime;

void record(const std::string &payload);
void notify(const std::string &payload);
void audit(const std::string &payload);
void count(const std::string &payload);

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  try {
    record(req.payload);
  } catch (const std::exception &) {
  }
  try {
    notify(req.payload);
  } catch (const std::logic_error &) {
  }
  try {
    audit(req.payload);
  } catch (const auth::Throttled &) {
  }
  try {
    count(req.payload);
  } catch (const std::logic_error &) {
  }
  return invocation_response::success(req.payload, "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
