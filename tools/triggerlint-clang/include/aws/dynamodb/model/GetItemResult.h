// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/dynamodb/model/AttributeValue.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
class GetItemResult {
public:
  GetItemResult();
  const Aws::Map<Aws::String, AttributeValue> &GetItem() const;
};
class PutItemResult {
public:
  PutItemResult();
};
} // namespace Model
} // namespace DynamoDB
} // namespace Aws
