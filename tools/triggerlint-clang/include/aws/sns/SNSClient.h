// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/client/AWSError.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>
#include <aws/sns/model/PublishRequest.h>

namespace Aws {
namespace SNS {
enum class SNSErrors { INTERNAL_FAILURE = 1, ACCESS_DENIED = 15, NETWORK_CONNECTION = 99, UNKNOWN = 100 };
using SNSError = Aws::Client::AWSError<SNSErrors>;
namespace Model {
using PublishOutcome = Aws::Utils::Outcome<PublishResult, SNSError>;
} // namespace Model

class SNSClient {
public:
  SNSClient();
  explicit SNSClient(const Aws::Client::ClientConfiguration &configuration);
  Model::PublishOutcome Publish(const Model::PublishRequest &request) const;
};
} // namespace SNS
} // namespace Aws
