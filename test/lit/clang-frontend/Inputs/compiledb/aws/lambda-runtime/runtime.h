// A project-local aws-lambda-cpp header, different from the bundled one: it declares
// local_only_marker(), which only exists here. The compile database's -I makes it win.
#pragma once
#include <string>
namespace aws {
namespace lambda_runtime {
struct invocation_request {
  std::string payload;
};
struct invocation_response {
  static invocation_response success(std::string payload, std::string content_type);
  static invocation_response failure(std::string const &error_message, std::string const &error_type);
};
inline int local_only_marker() { return 42; }
} // namespace lambda_runtime
} // namespace aws
