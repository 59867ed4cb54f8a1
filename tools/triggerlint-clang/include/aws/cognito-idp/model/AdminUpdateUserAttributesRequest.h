// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/AttributeType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class AdminUpdateUserAttributesRequest {
public:
  AdminUpdateUserAttributesRequest();
  void SetUserPoolId(const Aws::String &value);
  AdminUpdateUserAttributesRequest &WithUserPoolId(const Aws::String &value);
  void SetUsername(const Aws::String &value);
  AdminUpdateUserAttributesRequest &WithUsername(const Aws::String &value);
  void SetUserAttributes(const Aws::Vector<AttributeType> &value);
  AdminUpdateUserAttributesRequest &WithUserAttributes(const Aws::Vector<AttributeType> &value);
  AdminUpdateUserAttributesRequest &AddUserAttributes(const AttributeType &value);
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
