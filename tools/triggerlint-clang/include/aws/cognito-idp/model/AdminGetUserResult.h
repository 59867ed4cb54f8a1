// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/AttributeType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class AdminGetUserResult {
public:
  AdminGetUserResult();
  const Aws::String &GetUsername() const;
  const Aws::Vector<AttributeType> &GetUserAttributes() const;
  bool GetEnabled() const;
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
