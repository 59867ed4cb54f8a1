// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class AttributeType {
public:
  AttributeType();
  const Aws::String &GetName() const;
  void SetName(const Aws::String &value);
  AttributeType &WithName(const Aws::String &value);
  const Aws::String &GetValue() const;
  void SetValue(const Aws::String &value);
  AttributeType &WithValue(const Aws::String &value);
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
