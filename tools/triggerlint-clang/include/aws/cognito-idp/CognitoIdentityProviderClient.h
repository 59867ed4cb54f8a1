// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see aws/core/Aws.h).
#pragma once
#include <aws/cognito-idp/CognitoIdentityProviderErrors.h>
#include <aws/cognito-idp/model/AdminAddUserToGroupRequest.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/cognito-idp/model/AdminGetUserResult.h>
#include <aws/cognito-idp/model/AdminUpdateUserAttributesRequest.h>
#include <aws/cognito-idp/model/ListUsersRequest.h>
#include <aws/cognito-idp/model/ListUsersResult.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>

namespace Aws {
namespace CognitoIdentityProvider {
namespace Model {
struct NoResult {};
using AdminGetUserOutcome = Aws::Utils::Outcome<AdminGetUserResult, CognitoIdentityProviderError>;
using AdminUpdateUserAttributesOutcome = Aws::Utils::Outcome<NoResult, CognitoIdentityProviderError>;
using AdminAddUserToGroupOutcome = Aws::Utils::Outcome<NoResult, CognitoIdentityProviderError>;
using ListUsersOutcome = Aws::Utils::Outcome<ListUsersResult, CognitoIdentityProviderError>;
} // namespace Model

class CognitoIdentityProviderClient {
public:
  CognitoIdentityProviderClient();
  explicit CognitoIdentityProviderClient(const Aws::Client::ClientConfiguration &configuration);
  Model::AdminGetUserOutcome AdminGetUser(const Model::AdminGetUserRequest &request) const;
  Model::AdminUpdateUserAttributesOutcome
  AdminUpdateUserAttributes(const Model::AdminUpdateUserAttributesRequest &request) const;
  Model::AdminAddUserToGroupOutcome AdminAddUserToGroup(const Model::AdminAddUserToGroupRequest &request) const;
  Model::ListUsersOutcome ListUsers(const Model::ListUsersRequest &request) const;
};
} // namespace CognitoIdentityProvider
} // namespace Aws
