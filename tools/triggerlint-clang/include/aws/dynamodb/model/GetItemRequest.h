// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/dynamodb/model/AttributeValue.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class GetItemRequest {
public:
  GetItemRequest();
  void SetTableName(const Aws::String &value);
  GetItemRequest &WithTableName(const Aws::String &value);
  void SetKey(const Aws::Map<Aws::String, AttributeValue> &value);
  GetItemRequest &AddKey(const Aws::String &key, const AttributeValue &value);
  void SetConsistentRead(bool value);
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
