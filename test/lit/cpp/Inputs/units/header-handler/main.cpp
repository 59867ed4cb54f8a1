#include "handler.h"

int main() {
  aws::lambda_runtime::run_handler(deny_unknown_users);
  return 0;
}
