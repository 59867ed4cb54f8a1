// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace Client {
enum class CoreErrors { INCOMPLETE_SIGNATURE = 0, INTERNAL_FAILURE = 1, ACCESS_DENIED = 15, NETWORK_CONNECTION = 99, UNKNOWN = 100 };

template <typename ERROR_TYPE> class AWSError {
public:
  AWSError();
  const ERROR_TYPE GetErrorType() const;
  const Aws::String &GetExceptionName() const;
  const Aws::String &GetMessage() const;
  bool ShouldRetry() const;
};
} // namespace Client
} // namespace Aws
