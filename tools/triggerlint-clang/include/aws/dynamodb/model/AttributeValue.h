// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class AttributeValue {
public:
  AttributeValue();
  explicit AttributeValue(const Aws::String &s);
  const Aws::String &GetS() const;
  AttributeValue &SetS(const Aws::String &s);
  const Aws::String &GetN() const;
  AttributeValue &SetN(const Aws::String &n);
  AttributeValue &SetN(int n);
  bool GetBool() const;
  AttributeValue &SetBool(bool b);
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
