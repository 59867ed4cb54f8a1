// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/AttributeType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class AdminAddUserToGroupRequest {
public:
  AdminAddUserToGroupRequest();
  void SetUserPoolId(const Aws::String &value);
  AdminAddUserToGroupRequest &WithUserPoolId(const Aws::String &value);
  void SetUsername(const Aws::String &value);
  AdminAddUserToGroupRequest &WithUsername(const Aws::String &value);
  void SetGroupName(const Aws::String &value);
  AdminAddUserToGroupRequest &WithGroupName(const Aws::String &value);
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
