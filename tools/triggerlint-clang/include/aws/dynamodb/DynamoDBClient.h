// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>
#include <aws/dynamodb/DynamoDBErrors.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/dynamodb/model/GetItemResult.h>
#include <aws/dynamodb/model/PutItemRequest.h>

namespace Aws {
namespace DynamoDB {
namespace Model {
using GetItemOutcome = Aws::Utils::Outcome<GetItemResult, DynamoDBError>;
using PutItemOutcome = Aws::Utils::Outcome<PutItemResult, DynamoDBError>;
} // namespace Model

class DynamoDBClient {
public:
  DynamoDBClient();
  explicit DynamoDBClient(const Aws::Client::ClientConfiguration &configuration);
  Model::GetItemOutcome GetItem(const Model::GetItemRequest &request) const;
  Model::PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
};
} // namespace DynamoDB
} // namespace Aws
