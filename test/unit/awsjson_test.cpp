// The AWS CLI JSON frontends: exact model contents and locations for each dump form.
#include "awsjson/dump_frontend.h"
#include "document/node.h"
#include "model/arn.h"
#include "model/model.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using tl::Location;
using tl::model::Origin;
using tl::model::Target;
using tl::model::TriggerBinding;

struct Loaded {
  tl::doc::Document doc;
  tl::model::Model model;
  bool dump = false;
};

void load(Loaded &out, const std::string &path, const std::string &text) {
  out.doc.path = path;
  out.doc.text = text;
  tl::doc::readJson(out.doc);
  ASSERT_TRUE(out.doc.problems.empty());
  ASSERT_NE(out.doc.root, nullptr);
  out.dump = tl::awsjson::isDump(out.doc);
  if (out.dump)
    tl::awsjson::loadDump(out.doc, out.model);
}

void expectLoc(const Location &loc, const std::string &file, uint32_t line, uint32_t column) {
  EXPECT_EQ(loc.file, file);
  EXPECT_EQ(loc.line, line);
  EXPECT_EQ(loc.column, column);
}

constexpr const char *kPool = R"({
  "UserPool": {
    "Id": "us-east-1_Abc",
    "Name": "prod",
    "LambdaConfig": {
      "PostAuthentication": "arn:aws:lambda:us-east-1:1:function:post",
      "PreTokenGenerationConfig": {"LambdaArn": "arn:aws:lambda:us-east-1:1:function:pre:live", "LambdaVersion": "V2_0"},
      "KMSKeyID": "arn:aws:kms:us-east-1:1:key/k"
    },
    "UserPoolTier": "LITE",
    "UserPoolAddOns": {"AdvancedSecurityMode": "AUDIT"}
  }
})";

TEST(AwsJson, DescribeUserPool) {
  Loaded l;
  load(l, "p.json", kPool);
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.pools.size(), 1u);
  EXPECT_TRUE(l.model.functions.empty());
  const auto &pool = l.model.pools[0];
  EXPECT_EQ(pool.key, "us-east-1_Abc");
  EXPECT_EQ(pool.logicalId, "");
  EXPECT_EQ(pool.name, "prod");
  EXPECT_EQ(pool.type, "describe-user-pool");
  expectLoc(pool.loc, "p.json", 2, 3);
  EXPECT_TRUE(pool.hasLambdaConfig);
  expectLoc(pool.lambdaConfigLoc, "p.json", 5, 5);
  ASSERT_EQ(pool.tier.size(), 1u);
  EXPECT_EQ(*pool.tier[0].value, "LITE");
  EXPECT_EQ(pool.tier[0].origin, Origin::Dump);
  expectLoc(pool.tier[0].loc, "p.json", 10, 21);
  ASSERT_EQ(pool.advancedSecurityMode.size(), 1u);
  EXPECT_EQ(*pool.advancedSecurityMode[0].value, "AUDIT");
  ASSERT_EQ(pool.kmsKeyId.size(), 1u);
  EXPECT_EQ(*pool.kmsKeyId[0].value, "arn:aws:kms:us-east-1:1:key/k");
  expectLoc(pool.kmsKeyId[0].loc, "p.json", 8, 19);

  ASSERT_EQ(pool.triggers.size(), 2u);
  const TriggerBinding &post = pool.triggers[0];
  EXPECT_EQ(post.via, TriggerBinding::Via::Dump);
  EXPECT_EQ(post.pool, "us-east-1_Abc");
  EXPECT_EQ(post.trigger, "PostAuthentication");
  expectLoc(post.keyLoc, "p.json", 6, 7);
  EXPECT_TRUE(post.stringValued);
  EXPECT_FALSE(post.objectValued);
  EXPECT_TRUE(post.lambdaVersion.empty());
  ASSERT_EQ(post.targets.size(), 1u);
  EXPECT_EQ(post.targets[0].form, Target::Form::Literal);
  EXPECT_EQ(post.targets[0].literal, "arn:aws:lambda:us-east-1:1:function:post");
  EXPECT_EQ(post.targets[0].qualifier, "");
  EXPECT_EQ(post.targets[0].origin, Origin::Dump);
  EXPECT_EQ(post.targets[0].function, "");
  expectLoc(post.targets[0].loc, "p.json", 6, 29);

  const TriggerBinding &pre = pool.triggers[1];
  EXPECT_EQ(pre.trigger, "PreTokenGenerationConfig");
  expectLoc(pre.keyLoc, "p.json", 7, 7);
  EXPECT_TRUE(pre.objectValued);
  EXPECT_FALSE(pre.stringValued);
  ASSERT_EQ(pre.targets.size(), 1u);
  EXPECT_EQ(pre.targets[0].literal, "arn:aws:lambda:us-east-1:1:function:pre:live");
  EXPECT_EQ(pre.targets[0].qualifier, "live");
  expectLoc(pre.targets[0].loc, "p.json", 7, 49);
  ASSERT_EQ(pre.lambdaVersion.size(), 1u);
  EXPECT_EQ(*pre.lambdaVersion[0].value, "V2_0");
  EXPECT_EQ(pre.lambdaVersion[0].origin, Origin::Dump);
  expectLoc(pre.lambdaVersion[0].loc, "p.json", 7, 114);
  expectLoc(pre.lambdaVersionKeyLoc, "p.json", 7, 97);
}

TEST(AwsJson, GetFunctionConfigurationQualified) {
  Loaded l;
  load(l, "f.json", R"({
  "FunctionName": "pre",
  "FunctionArn": "arn:aws:lambda:us-east-1:1:function:pre:7",
  "Runtime": "provided.al2023",
  "Timeout": 10
})");
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.functions.size(), 1u);
  const auto &fn = l.model.functions[0];
  EXPECT_EQ(fn.key, "arn:aws:lambda:us-east-1:1:function:pre:7"); // as printed: the version's configuration
  EXPECT_EQ(fn.name, "pre");
  EXPECT_EQ(fn.logicalId, "");
  EXPECT_EQ(fn.type, "get-function-configuration");
  expectLoc(fn.loc, "f.json", 3, 3);
  ASSERT_EQ(fn.timeout.size(), 1u);
  EXPECT_EQ(*fn.timeout[0].value, "10");
  EXPECT_EQ(fn.timeout[0].origin, Origin::Dump);
  expectLoc(fn.timeout[0].loc, "f.json", 5, 14);
  ASSERT_EQ(fn.runtime.size(), 1u);
  EXPECT_EQ(*fn.runtime[0].value, "provided.al2023");
  EXPECT_TRUE(fn.reservedConcurrency.empty());
}

TEST(AwsJson, GetFunctionWithoutTimeout) {
  Loaded l;
  load(l, "g.json", R"({
  "Configuration": {
    "FunctionArn": "arn:aws:lambda:us-east-1:1:function:post"
  },
  "Concurrency": {"ReservedConcurrentExecutions": 0}
})");
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.functions.size(), 1u);
  const auto &fn = l.model.functions[0];
  EXPECT_EQ(fn.key, "arn:aws:lambda:us-east-1:1:function:post");
  EXPECT_EQ(fn.name, "post"); // from the ARN when FunctionName is absent
  expectLoc(fn.loc, "g.json", 3, 5);
  ASSERT_EQ(fn.timeout.size(), 1u);
  EXPECT_EQ(*fn.timeout[0].value, "3");
  EXPECT_EQ(fn.timeout[0].origin, Origin::ServiceDefault);
  ASSERT_EQ(fn.reservedConcurrency.size(), 1u);
  EXPECT_EQ(*fn.reservedConcurrency[0].value, "0");
  expectLoc(fn.reservedConcurrency[0].loc, "g.json", 5, 51);
}

TEST(AwsJson, ListUserPools) {
  Loaded l;
  load(l, "l.json", R"({
  "UserPools": [
    {"Id": "us-east-1_A", "Name": "a", "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:1:function:s"}},
    {"Id": "us-east-1_B", "Name": "b", "LambdaConfig": {}}
  ]
})");
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.pools.size(), 2u);
  EXPECT_EQ(l.model.pools[0].key, "us-east-1_A");
  expectLoc(l.model.pools[0].loc, "l.json", 3, 12);
  ASSERT_EQ(l.model.pools[0].triggers.size(), 1u);
  EXPECT_EQ(l.model.pools[0].triggers[0].trigger, "PreSignUp");
  expectLoc(l.model.pools[0].triggers[0].keyLoc, "l.json", 3, 57);
  EXPECT_EQ(l.model.pools[1].key, "us-east-1_B");
  EXPECT_EQ(l.model.pools[1].name, "b");
  EXPECT_TRUE(l.model.pools[1].hasLambdaConfig);
  EXPECT_TRUE(l.model.pools[1].triggers.empty());
}

TEST(AwsJson, ArrayAndJoinByArn) {
  Loaded l;
  load(l, "all.json", R"([
  {"UserPool": {"Id": "us-east-1_X", "LambdaConfig": {"PostAuthentication": "arn:aws:lambda:us-east-1:1:function:post:live", "PreSignUp": "arn:aws:lambda:us-east-1:1:function:other"}}},
  {"FunctionArn": "arn:aws:lambda:us-east-1:1:function:post", "Timeout": 6}
])");
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.pools.size(), 1u);
  ASSERT_EQ(l.model.functions.size(), 1u);
  EXPECT_EQ(l.model.pools[0].key, "us-east-1_X");
  EXPECT_EQ(l.model.pools[0].name, "");
  tl::awsjson::joinDumps(l.model);
  const auto &triggers = l.model.pools[0].triggers;
  ASSERT_EQ(triggers.size(), 2u);
  EXPECT_EQ(triggers[0].targets[0].function, "arn:aws:lambda:us-east-1:1:function:post");
  EXPECT_EQ(triggers[0].targets[0].qualifier, "live");
  EXPECT_EQ(triggers[1].targets[0].function, ""); // no dump of that function
}

TEST(AwsJson, NotADump) {
  for (const char *text : {R"({"Resources": {}})", R"([])", R"([{"UserPool": {}}, {"Other": 1}])", R"({"UserPool": "x"})",
                           R"({"Configuration": {"Timeout": 3}})"}) {
    Loaded l;
    load(l, "x.json", text);
    EXPECT_FALSE(l.dump) << text;
  }
}

} // namespace

#include "awsjson/dump_files.h"
#include "awsjson/embedded_json.h"

namespace {

TEST(AwsJson, DumpFileNamesRoundTrip) {
  EXPECT_EQ(tl::awsjson::dumpFileName("list-user-pools"), "list-user-pools.json");
  EXPECT_EQ(tl::awsjson::dumpFileName("get-policy", "fn", "live"), "get-policy.fn.live.json");
  EXPECT_EQ(tl::awsjson::dumpFileName("get-policy", "fn", "$LATEST", true), "get-policy.fn.$LATEST.error.json");
  EXPECT_EQ(tl::awsjson::dumpFileName("describe-user-pool", "us-east-1_a/b"), "describe-user-pool.us-east-1_a_b.json");
  auto parsed = tl::awsjson::parseDumpFileName("get-policy.fn.live.error.json");
  ASSERT_TRUE(parsed.ok);
  EXPECT_EQ(parsed.operation, "get-policy");
  EXPECT_EQ(parsed.subject, "fn");
  EXPECT_EQ(parsed.qualifier, "live");
  EXPECT_TRUE(parsed.error);
  EXPECT_TRUE(tl::awsjson::parseDumpFileName("get-function-concurrency.fn.json").ok);
  EXPECT_FALSE(tl::awsjson::parseDumpFileName("get-function-concurrency.fn.live.json").ok); // per function only
  EXPECT_FALSE(tl::awsjson::parseDumpFileName("describe-user-pool.json").ok);              // needs a pool id
  EXPECT_FALSE(tl::awsjson::parseDumpFileName("package.json").ok);
  EXPECT_FALSE(tl::awsjson::parseDumpFileName("get-policy..json").ok);
}

// Positions inside a JSON string point at the escaped text in the outer file, escapes counted.
TEST(AwsJson, EmbeddedJsonPositions) {
  tl::doc::Document outer;
  outer.path = "p.json";
  outer.text = "{\n  \"Policy\": \"{\\\"a\\\":\\\"\\u00e9x\\\",\\n\\\"b\\\":1}\"\n}\n";
  tl::doc::readJson(outer);
  ASSERT_TRUE(outer.problems.empty());
  const tl::doc::Node *policy = outer.root->find("Policy");
  ASSERT_NE(policy, nullptr);
  tl::doc::Document inner;
  ASSERT_TRUE(tl::awsjson::readEmbeddedJson(outer, *policy, inner));
  const tl::doc::MapEntry *a = inner.root->findEntry("a");
  const tl::doc::MapEntry *b = inner.root->findEntry("b");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->value->value, "\xC3\xA9x");
  // Line 2 of the outer file: `  "Policy": "{\"a\":\"\u00e9x\",\n\"b\":1}"`.
  EXPECT_EQ(a->key->line, 2u);
  EXPECT_EQ(a->key->column, 15u); // the \" before a
  EXPECT_EQ(a->value->column, 21u);
  EXPECT_EQ(b->key->line, 2u);    // the escaped newline does not move the outer line
  EXPECT_EQ(b->key->column, 35u); // after the 6-character \u00e9 and the 2-character \n
  EXPECT_EQ(inner.path, "p.json");
}

TEST(AwsJson, EmbeddedJsonProblemHasOuterPosition) {
  tl::doc::Document outer;
  outer.path = "p.json";
  outer.text = "{\"Policy\": \"{\\\"a\\\":}\"}";
  tl::doc::readJson(outer);
  ASSERT_TRUE(outer.problems.empty());
  tl::doc::Document inner;
  EXPECT_FALSE(tl::awsjson::readEmbeddedJson(outer, *outer.root->find("Policy"), inner));
  ASSERT_FALSE(inner.problems.empty());
  EXPECT_EQ(inner.problems.front().line, 1u);
  EXPECT_EQ(inner.problems.front().column, 20u); // the '}' where a value was expected
}

// CloudFormation's generated function names join a dump to its template function; another
// function's name, or a name without the random suffix, does not.
TEST(AwsJson, GeneratedFunctionNamesJoin) {
  Loaded dump;
  load(dump, "f.json", R"([
  {"FunctionName": "shop-SignUpFn-1A2B3C4D5E6F", "FunctionArn": "arn:aws:lambda:us-east-1:1:function:shop-SignUpFn-1A2B3C4D5E6F"},
  {"FunctionName": "shop-SignUpFnX", "FunctionArn": "arn:aws:lambda:us-east-1:1:function:shop-SignUpFnX"},
  {"FunctionName": "a-very-long-stack-name-VeryLongLogi-ABCDEFGHIJKL", "FunctionArn": "arn:aws:lambda:us-east-1:1:function:a-very-long-stack-name-VeryLongLogi-ABCDEFGHIJKL"}
])");
  ASSERT_TRUE(dump.dump);
  auto declare = [&](const std::string &id) {
    tl::model::Function fn;
    fn.logicalId = id;
    fn.key = tl::model::resourceKey("t.yaml", id);
    fn.type = "AWS::Lambda::Function";
    dump.model.functions.push_back(fn);
  };
  declare("SignUpFn");
  declare("VeryLongLogicalIdOfAFunction");
  declare("Other");
  tl::awsjson::joinDumps(dump.model);
  const auto *signUp = dump.model.findFunction("t.yaml#SignUpFn");
  const auto *longId = dump.model.findFunction("t.yaml#VeryLongLogicalIdOfAFunction");
  const auto *other = dump.model.findFunction("t.yaml#Other");
  ASSERT_TRUE(signUp && longId && other);
  EXPECT_EQ(signUp->sameAs, "arn:aws:lambda:us-east-1:1:function:shop-SignUpFn-1A2B3C4D5E6F");
  EXPECT_EQ(longId->sameAs, "arn:aws:lambda:us-east-1:1:function:a-very-long-stack-name-VeryLongLogi-ABCDEFGHIJKL");
  EXPECT_EQ(other->sameAs, "");
}

} // namespace

namespace {

// get-policy statements become dumped permissions; a statement without Sid is named by its
// position, and conditions are read whatever their operator and key case.
TEST(AwsJson, PolicyStatements) {
  Loaded l;
  load(l, "get-policy.f.json", R"({"Policy": "{\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cognito-idp.amazonaws.com\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f:live\",\"Condition\":{\"ArnLike\":{\"aws:sourcearn\":\"arn:aws:cognito-idp:us-east-1:1:userpool/*\"}}},{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"lambda:*\"],\"Resource\":\"arn:aws:lambda:us-east-1:1:function:f:live\"},{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}"})");
  ASSERT_TRUE(l.dump);
  ASSERT_EQ(l.model.permissions.size(), 2u); // Deny statements are not permissions
  const auto &a = l.model.permissions[0];
  const auto &b = l.model.permissions[1];
  EXPECT_TRUE(a.dumped && b.dumped);
  EXPECT_EQ(a.key, "arn:aws:lambda:us-east-1:1:function:f:live#a");
  EXPECT_EQ(b.key, "arn:aws:lambda:us-east-1:1:function:f:live#2");
  EXPECT_TRUE(a.hasSourceArn);
  ASSERT_EQ(a.sourceArn.size(), 1u);
  EXPECT_EQ(a.sourceArn[0].literal, "arn:aws:cognito-idp:us-east-1:1:userpool/*");
  EXPECT_FALSE(b.hasSourceArn);
  ASSERT_EQ(a.function.size(), 1u);
  EXPECT_EQ(a.function[0].qualifier, "live");
  ASSERT_EQ(l.model.policiesRead.size(), 1u);
  EXPECT_EQ(l.model.policiesRead[0].function, "arn:aws:lambda:us-east-1:1:function:f:live");
}

} // namespace

namespace {

// A policy that names no function in its statements (only a Deny) still tells what was read:
// the function and qualifier of the file name collect wrote.
TEST(AwsJson, PolicyReadFromCollectFileName) {
  Loaded l;
  load(
      l, "get-policy.members-post.live.json",
      R"({"Policy": "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}"})");
  ASSERT_TRUE(l.dump);
  EXPECT_TRUE(l.model.permissions.empty());
  ASSERT_EQ(l.model.policiesRead.size(), 1u);
  EXPECT_EQ(l.model.policiesRead[0].function, "members-post:live");
  EXPECT_EQ(tl::model::functionIdentity("arn:aws:lambda:us-east-1:1:function:members-post:live"),
            tl::model::functionIdentity(l.model.policiesRead[0].function));
}

} // namespace
