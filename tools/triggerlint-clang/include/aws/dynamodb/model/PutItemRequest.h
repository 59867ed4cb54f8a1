// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/dynamodb/model/AttributeValue.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class PutItemRequest {
public:
  PutItemRequest();
  void SetTableName(const Aws::String &value);
  PutItemRequest &WithTableName(const Aws::String &value);
  void SetItem(const Aws::Map<Aws::String, AttributeValue> &value);
  PutItemRequest &AddItem(const Aws::String &key, const AttributeValue &value);
  void SetConditionExpression(const Aws::String &value);
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
