// With libcurl and the AWS SDK not installed (the hidden-headers sysroot), the declarations bundled
// with triggerlint-clang stand in: a handler written against libcurl's easy API and the Cognito,
// DynamoDB and SNS clients type-checks (no problem, no note), so its waits and failures are found.
// RUN: %clang-frontend %s -- -std=c++20 --sysroot=%hidden_sysroot | %python %S/Inputs/facts.py --notes | FileCheck %s --implicit-check-not=problem --implicit-check-not=note
#include <aws/lambda-runtime/runtime.h>
#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/cognito-idp/model/AdminUpdateUserAttributesRequest.h>
#include <aws/cognito-idp/model/ListUsersRequest.h>
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/dynamodb/model/PutItemRequest.h>
#include <aws/sns/SNSClient.h>
#include <aws/sns/model/PublishRequest.h>
#include <curl/curl.h>
#include <string>
using namespace aws::lambda_runtime;
using namespace Aws::CognitoIdentityProvider;

static size_t collect(char *data, size_t size, size_t n, void *out) {
  static_cast<std::string *>(out)->append(data, size * n);
  return size * n;
}

static long post(const std::string &url, const std::string &body) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURL *curl = curl_easy_init();
  struct curl_slist *headers = curl_slist_append(nullptr, "Content-Type: application/json");
  std::string answer;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 6L);
  long status = 0;
  if (curl_easy_perform(curl) == CURLE_OK)
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return status;
}

invocation_response handler(invocation_request const &req) {
  Aws::Client::ClientConfiguration cfg;
  cfg.connectTimeoutMs = 7000;
  CognitoIdentityProviderClient idp(cfg);
  Model::ListUsersRequest list;
  list.SetUserPoolId("pool");
  list.SetFilter("email = \"a@example.com\"");
  auto users = idp.ListUsers(list);
  if (!users.IsSuccess() || users.GetResult().GetUsers().size() > 1)
    return invocation_response::failure(users.GetError().GetMessage(), "Duplicate");
  Model::AdminUpdateUserAttributesRequest update;
  update.WithUsername("u").AddUserAttributes(Model::AttributeType().WithName("custom:seen").WithValue("1"));
  idp.AdminUpdateUserAttributes(update);
  Aws::DynamoDB::DynamoDBClient db(cfg);
  Aws::DynamoDB::Model::GetItemRequest get;
  get.SetTableName("t");
  get.AddKey("id", Aws::DynamoDB::Model::AttributeValue("u"));
  auto item = db.GetItem(get);
  Aws::SNS::SNSClient sns(cfg);
  Aws::SNS::Model::PublishRequest publish;
  publish.SetTopicArn("arn:aws:sns:eu-west-1:123456789012:t");
  publish.SetMessage(item.GetResult().GetItem().at("id").GetS());
  sns.Publish(publish);
  if (post("https://hooks.example.com", req.payload) != 200)
    return invocation_response::failure("hook", "Hook");
  return invocation_response::success(req.payload, "application/json");
}

// CHECK: file {{.*}}bundled-declarations.cpp
// CHECK-NEXT: handler handler 47:21{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 56:12{{$}}
// CHECK-NEXT: failure failure [invocation_response::failure] 71:12{{$}}
// CHECK-NEXT: slow connectTimeoutMs millis=7000 49:3{{$}}
// CHECK-NEXT: slow CURLOPT_CONNECTTIMEOUT millis=6000 38:3 via=70:7{{$}}
// REQUIRES: clang-frontend
