#pragma once
// The file a failed AWS CLI call leaves behind (awsjson::kCollectErrorKey), so the reader knows
// what was asked and why there is no answer: a get-policy ResourceNotFoundException, for example,
// means the function has no resource policy at all.
#include <string>
#include <string_view>

namespace tl::collect {

/// One failed call as the record stores it.
struct CallError {
  std::string operation; // "get-policy"
  std::string subject;   // pool id or function ARN as queried; "" for list-user-pools
  int exitCode = -1;     // -1 after a timeout or a signal
  std::string errorCode; // "ResourceNotFoundException" or ""
  std::string message;   // redacted
};

/// `{"TriggerlintCollectError": {"Operation", "Subject", "ExitCode", "ErrorCode", "Message"}}`,
/// indented like the CLI's own output, ending in a newline. Invalid UTF-8 in the message becomes
/// U+FFFD, so the record is always valid JSON.
std::string errorRecordJson(const CallError &error);

} // namespace tl::collect
