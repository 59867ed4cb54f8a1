// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/UserType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class ListUsersResult {
public:
  ListUsersResult();
  const Aws::Vector<UserType> &GetUsers() const;
  const Aws::String &GetPaginationToken() const;
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
