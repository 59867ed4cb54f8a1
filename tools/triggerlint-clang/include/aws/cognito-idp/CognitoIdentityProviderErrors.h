// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/client/AWSError.h>

namespace Aws {
namespace CognitoIdentityProvider {
enum class CognitoIdentityProviderErrors {
  INTERNAL_FAILURE = 1,
  ACCESS_DENIED = 15,
  NETWORK_CONNECTION = 99,
  UNKNOWN = 100,
  INVALID_PARAMETER = 131,
  NOT_AUTHORIZED = 140,
  TOO_MANY_REQUESTS = 150,
  USER_NOT_FOUND = 160,
  USERNAME_EXISTS = 161
};
using CognitoIdentityProviderError = Aws::Client::AWSError<CognitoIdentityProviderErrors>;
} // namespace CognitoIdentityProvider
} // namespace Aws
