// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace SNS {
namespace Model {
class PublishRequest {
public:
  PublishRequest();
  void SetTopicArn(const Aws::String &value);
  PublishRequest &WithTopicArn(const Aws::String &value);
  void SetPhoneNumber(const Aws::String &value);
  void SetMessage(const Aws::String &value);
  PublishRequest &WithMessage(const Aws::String &value);
  void SetSubject(const Aws::String &value);
};
class PublishResult {
public:
  PublishResult();
  const Aws::String &GetMessageId() const;
};
} // namespace Model
} // namespace SNS
} // namespace Aws
