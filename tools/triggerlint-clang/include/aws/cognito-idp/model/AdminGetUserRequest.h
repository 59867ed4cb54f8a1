// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/model/AttributeType.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
class AdminGetUserRequest {
public:
  AdminGetUserRequest();
  void SetUserPoolId(const Aws::String &value);
  AdminGetUserRequest &WithUserPoolId(const Aws::String &value);
  void SetUsername(const Aws::String &value);
  AdminGetUserRequest &WithUsername(const Aws::String &value);
};
} // namespace Model
} // namespace CognitoIdentityProvider
} // namespace Aws
