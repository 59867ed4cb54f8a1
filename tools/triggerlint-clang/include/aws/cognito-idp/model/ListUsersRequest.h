// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/AttributeType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class ListUsersRequest {
public:
  ListUsersRequest();
  void SetUserPoolId(const Aws::String &value);
  ListUsersRequest &WithUserPoolId(const Aws::String &value);
  void SetFilter(const Aws::String &value);
  ListUsersRequest &WithFilter(const Aws::String &value);
  void SetLimit(int value);
  ListUsersRequest &WithLimit(int value);
  void SetAttributesToGet(const Aws::Vector<Aws::String> &value);
  ListUsersRequest &AddAttributesToGet(const Aws::String &value);
  void SetPaginationToken(const Aws::String &value);
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
