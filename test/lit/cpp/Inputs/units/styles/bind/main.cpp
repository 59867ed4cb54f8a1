#include <aws/lambda-runtime/runtime.h>

#include <functional>

using namespace aws::lambda_runtime;

class Trigger {
public:
  invocation_response handle(invocation_request const &req) {
    return invocation_response::success(req.payload, "application/json");
  }
};

int main() {
  Trigger trigger;
  run_handler(std::bind(&Trigger::handle, &trigger, std::placeholders::_1));
}
