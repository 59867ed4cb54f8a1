#include <aws/lambda-runtime/runtime.h>

#include "trigger.h"

int main() {
  Trigger trigger;
  aws::lambda_runtime::run_handler([&](aws::lambda_runtime::invocation_request const &req) { return trigger.handle(req); });
}
