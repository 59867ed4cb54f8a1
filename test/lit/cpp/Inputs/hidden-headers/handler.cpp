// A post-authentication handler written against libcurl, the AWS SDK and nlohmann/json, as teams
// write them (test/lit/cpp/hidden-headers.test).
#include <aws/lambda-runtime/runtime.h>
#include <aws/cognito-idp/CognitoIdentityProviderClient.h>
#include <aws/cognito-idp/model/AdminGetUserRequest.h>
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/PutItemRequest.h>
#include <curl/curl.h>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
using namespace aws::lambda_runtime;

static void record(Aws::DynamoDB::DynamoDBClient &db, const std::string &user) {
  Aws::DynamoDB::Model::PutItemRequest put;
  put.SetTableName("logins");
  put.AddItem("user", Aws::DynamoDB::Model::AttributeValue(user));
  auto outcome = db.PutItem(put);
  if (!outcome.IsSuccess())
    throw std::runtime_error(outcome.GetError().GetMessage());
}

static void notify(const std::string &body) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://hooks.example.com/login");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 8000L);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK)
    throw std::runtime_error(curl_easy_strerror(rc));
}

// triggerlint: trigger=PostAuthentication
invocation_response handler(invocation_request const &req) {
  auto event = nlohmann::json::parse(req.payload);
  Aws::Client::ClientConfiguration cfg;
  cfg.requestTimeoutMs = 9000;
  const std::string user = event["userName"];
  Aws::CognitoIdentityProvider::CognitoIdentityProviderClient idp(cfg);
  Aws::CognitoIdentityProvider::Model::AdminGetUserRequest get;
  get.SetUserPoolId(event["userPoolId"].get<std::string>());
  get.SetUsername(user);
  auto found = idp.AdminGetUser(get);
  if (!found.IsSuccess())
    return invocation_response::failure(found.GetError().GetMessage(), "Lookup");
  Aws::DynamoDB::DynamoDBClient db(cfg);
  record(db, user);
  notify(event.dump());
  return invocation_response::success(event.dump(), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}
