// Declarations of the aws-lambda-cpp runtime API bundled with triggerlint-clang, for analysis only:
// this is not the runtime. They let handler sources parse when the runtime is not installed.
// Added with -idirafter: a real installation (compile database include paths or the system) always wins.
#pragma once
#include <chrono>
#include <functional>
#include <string>

namespace aws {
namespace lambda_runtime {

struct invocation_request {
  std::string payload;
  std::string request_id;
  std::string xray_trace_id;
  std::string client_context;
  std::string cognito_identity;
  std::string function_arn;
  std::string content_type;
  std::string tenant_id;
  std::chrono::time_point<std::chrono::system_clock> deadline;
  std::chrono::milliseconds get_time_remaining() const;
};

class invocation_response {
  std::string m_payload;
  std::string m_content_type;
  bool m_success = false;
  invocation_response() = default;

public:
  invocation_response(std::string payload, std::string content_type, bool success)
      : m_payload(std::move(payload)), m_content_type(std::move(content_type)), m_success(success) {}
  static invocation_response success(std::string payload, std::string content_type);
  static invocation_response failure(std::string const &error_message, std::string const &error_type);
  std::string const &get_payload() const { return m_payload; }
  std::string const &get_content_type() const { return m_content_type; }
  bool is_success() const { return m_success; }
};

struct run_handler_options {};
void run_handler(std::function<invocation_response(invocation_request const &)> const &handler);

} // namespace lambda_runtime
} // namespace aws
