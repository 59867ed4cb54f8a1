// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/client/AWSError.h>

namespace Aws {
namespace DynamoDB {
enum class DynamoDBErrors {
  INTERNAL_FAILURE = 1,
  ACCESS_DENIED = 15,
  NETWORK_CONNECTION = 99,
  UNKNOWN = 100,
  CONDITIONAL_CHECK_FAILED = 130,
  PROVISIONED_THROUGHPUT_EXCEEDED = 139,
  RESOURCE_NOT_FOUND = 140
};
using DynamoDBError = Aws::Client::AWSError<DynamoDBErrors>;
} // namespace DynamoDB
} // namespace Aws
