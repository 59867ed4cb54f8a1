// The CloudFormation/SAM frontend: exact model contents and locations for each template form.
#include "cfn/template_frontend.h"
#include "cfn/stack_join.h"
#include "cfn/template_index.h"
#include "document/node.h"
#include "model/model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace {

using tl::Location;
using tl::model::Candidate;
using tl::model::Origin;
using tl::model::Target;
using tl::model::TriggerBinding;

constexpr const char *kPath = "stack/template.yaml";

struct Loaded {
  tl::doc::Document doc;
  tl::model::Model model;

  /// Where the `nth` occurrence of `needle` starts in the source (1-based line and column).
  Location at(std::string_view needle, int nth = 1) const {
    size_t pos = std::string::npos;
    for (int i = 0; i < nth; ++i)
      pos = doc.text.find(needle, pos == std::string::npos ? 0 : pos + 1);
    EXPECT_NE(pos, std::string::npos) << needle;
    Location loc{doc.path, 1, 1};
    for (size_t i = 0; i < pos && pos != std::string::npos; ++i) {
      if (doc.text[i] == '\n')
        ++loc.line, loc.column = 1;
      else
        ++loc.column;
    }
    return loc;
  }

  const tl::model::UserPool &pool(std::string_view id) const {
    for (const auto &p : model.pools)
      if (p.logicalId == id)
        return p;
    ADD_FAILURE() << "no pool " << id;
    static tl::model::UserPool none;
    return none;
  }
  const tl::model::Function &function(std::string_view id) const {
    for (const auto &f : model.functions)
      if (f.logicalId == id)
        return f;
    ADD_FAILURE() << "no function " << id;
    static tl::model::Function none;
    return none;
  }
  const tl::model::Permission &permission(std::string_view id) const {
    for (const auto &p : model.permissions)
      if (p.logicalId == id)
        return p;
    ADD_FAILURE() << "no permission " << id;
    static tl::model::Permission none;
    return none;
  }
  std::string key(std::string_view id) const { return doc.path + "#" + std::string(id); }
};

std::unique_ptr<Loaded> load(std::string text, bool json = false, std::string path = kPath) {
  auto l = std::make_unique<Loaded>();
  l->doc.path = std::move(path);
  l->doc.text = std::move(text);
  if (json)
    tl::doc::readJson(l->doc);
  else
    tl::doc::readYaml(l->doc);
  EXPECT_TRUE(l->doc.problems.empty()) << l->doc.problems.front().message;
  EXPECT_TRUE(l->doc.root && tl::cfn::isTemplate(*l->doc.root));
  if (l->doc.root)
    tl::cfn::loadTemplate(l->doc, l->model);
  return l;
}

testing::AssertionResult sameLoc(const Location &actual, const Location &expected) {
  if (actual.file == expected.file && actual.line == expected.line && actual.column == expected.column)
    return testing::AssertionSuccess();
  return testing::AssertionFailure() << actual.file << ":" << actual.line << ":" << actual.column << ", expected "
                                     << expected.file << ":" << expected.line << ":" << expected.column;
}

const TriggerBinding *binding(const tl::model::UserPool &pool, std::string_view trigger, int nth = 1) {
  for (const auto &b : pool.triggers)
    if (b.trigger == trigger && --nth == 0)
      return &b;
  return nullptr;
}

bool hasReference(const tl::model::Model &m, std::string_view from, std::string_view to) {
  for (const auto &r : m.references)
    if (r.from == from && r.to == to)
      return true;
  return false;
}

const tl::model::Reference *reference(const tl::model::Model &m, std::string_view from, std::string_view to) {
  for (const auto &r : m.references)
    if (r.from == from && r.to == to)
      return &r;
  return nullptr;
}

std::string problems(const tl::model::Model &m) {
  std::string out;
  for (const auto &p : m.problems)
    out += p.loc.file + ":" + std::to_string(p.loc.line) + ":" + std::to_string(p.loc.column) + ": " + p.message + "\n";
  return out;
}

// --- isTemplate -----------------------------------------------------------------------------------

TEST(CfnIsTemplate, RecognisesFormatVersionOrTypedResources) {
  auto check = [](std::string text) {
    tl::doc::Document doc;
    doc.text = std::move(text);
    tl::doc::readYaml(doc);
    return doc.root && tl::cfn::isTemplate(*doc.root);
  };
  EXPECT_TRUE(check("AWSTemplateFormatVersion: '2010-09-09'\n"));
  EXPECT_TRUE(check("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n"));
  EXPECT_FALSE(check("Resources:\n  - a\n"));
  EXPECT_FALSE(check("Resources:\n  Bucket:\n    Name: x\n"));
  EXPECT_FALSE(check("- a\n- b\n"));
  EXPECT_FALSE(check("jobs:\n  build: {}\n"));
}

// --- Pools, functions, keys and locations ---------------------------------------------------------

constexpr const char *kBasicPool = R"(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Condition: HasPool
    Properties:
      UserPoolName: my-pool
      UserPoolTier: PLUS
      UserPoolAddOns:
        AdvancedSecurityMode: ENFORCED
      LambdaConfig:
        PreSignUp: !GetAtt SignUpFn.Arn
        PostAuthentication: !GetAtt [AuthFn, Arn]
        KMSKeyID: arn:aws:kms:eu-west-1:111122223333:key/abc
        NotATrigger: !GetAtt SignUpFn.Arn
  SignUpFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: sign-up
      Runtime: python3.12
      Timeout: 10
      ReservedConcurrentExecutions: 0
  AuthFn:
    Type: AWS::Lambda::Function
)";

TEST(CfnPool, IdentityAndProperties) {
  auto l = load(kBasicPool);
  ASSERT_EQ(l->model.pools.size(), 1u);
  EXPECT_EQ(problems(l->model), "");
  const auto &p = l->pool("Pool");
  EXPECT_EQ(p.key, "stack/template.yaml#Pool");
  EXPECT_EQ(p.file, "stack/template.yaml");
  EXPECT_TRUE(sameLoc(p.loc, {kPath, 3, 3}));
  EXPECT_EQ(p.type, "AWS::Cognito::UserPool");
  EXPECT_EQ(p.name, "my-pool");
  EXPECT_EQ(p.condition.text(), "HasPool");
  EXPECT_TRUE(p.hasLambdaConfig);
  EXPECT_TRUE(sameLoc(p.lambdaConfigLoc, {kPath, 11, 7}));
  ASSERT_EQ(p.tier.size(), 1u);
  EXPECT_EQ(p.tier[0].value, "PLUS");
  EXPECT_TRUE(sameLoc(p.tier[0].loc, {kPath, 8, 21}));
  ASSERT_EQ(p.advancedSecurityMode.size(), 1u);
  EXPECT_EQ(p.advancedSecurityMode[0].value, "ENFORCED");
  ASSERT_EQ(p.kmsKeyId.size(), 1u);
  EXPECT_EQ(p.kmsKeyId[0].value, "arn:aws:kms:eu-west-1:111122223333:key/abc");
  EXPECT_EQ(p.kmsKeyId[0].origin, Origin::Literal);
}

TEST(CfnPool, EveryLambdaConfigEntryButKmsKeyIsABinding) {
  auto l = load(kBasicPool);
  const auto &p = l->pool("Pool");
  ASSERT_EQ(p.triggers.size(), 3u);
  const TriggerBinding &signUp = p.triggers[0];
  EXPECT_EQ(signUp.trigger, "PreSignUp");
  EXPECT_EQ(signUp.via, TriggerBinding::Via::LambdaConfig);
  EXPECT_EQ(signUp.pool, "stack/template.yaml#Pool");
  EXPECT_TRUE(sameLoc(signUp.keyLoc, {kPath, 12, 9}));
  EXPECT_TRUE(signUp.stringValued);
  EXPECT_FALSE(signUp.objectValued);
  ASSERT_EQ(signUp.targets.size(), 1u);
  const Target &t = signUp.targets[0];
  EXPECT_EQ(t.form, Target::Form::GetAtt);
  EXPECT_EQ(t.resource, "SignUpFn");
  EXPECT_EQ(t.attribute, "Arn");
  EXPECT_TRUE(t.resourceExists);
  EXPECT_EQ(t.resourceType, "AWS::Lambda::Function");
  EXPECT_EQ(t.function, "stack/template.yaml#SignUpFn");
  EXPECT_TRUE(sameLoc(t.loc, l->at("!GetAtt SignUpFn.Arn")));
  EXPECT_EQ(t.condition.text(), "");

  const TriggerBinding &auth = p.triggers[1];
  EXPECT_EQ(auth.trigger, "PostAuthentication");
  ASSERT_EQ(auth.targets.size(), 1u);
  EXPECT_EQ(auth.targets[0].form, Target::Form::GetAtt);
  EXPECT_EQ(auth.targets[0].resource, "AuthFn");
  EXPECT_EQ(auth.targets[0].attribute, "Arn");
  EXPECT_EQ(auth.targets[0].function, "stack/template.yaml#AuthFn");
  EXPECT_TRUE(sameLoc(auth.targets[0].loc, l->at("!GetAtt [AuthFn, Arn]")));

  // Unknown keys are kept: the rules decide what is a trigger.
  EXPECT_EQ(p.triggers[2].trigger, "NotATrigger");
}

TEST(CfnFunction, IdentityAndEffectiveValues) {
  auto l = load(kBasicPool);
  ASSERT_EQ(l->model.functions.size(), 2u);
  const auto &f = l->function("SignUpFn");
  EXPECT_EQ(f.key, "stack/template.yaml#SignUpFn");
  EXPECT_EQ(f.type, "AWS::Lambda::Function");
  EXPECT_EQ(f.name, "sign-up");
  EXPECT_TRUE(sameLoc(f.loc, {kPath, 16, 3}));
  ASSERT_EQ(f.timeout.size(), 1u);
  EXPECT_EQ(f.timeout[0].value, "10");
  EXPECT_EQ(f.timeout[0].origin, Origin::Literal);
  EXPECT_TRUE(sameLoc(f.timeout[0].loc, {kPath, 21, 16}));
  ASSERT_EQ(f.reservedConcurrency.size(), 1u);
  EXPECT_EQ(f.reservedConcurrency[0].value, "0");
  ASSERT_EQ(f.runtime.size(), 1u);
  EXPECT_EQ(f.runtime[0].value, "python3.12");

  // Nothing written: Lambda's default of 3 s, located at the function.
  const auto &auth = l->function("AuthFn");
  ASSERT_EQ(auth.timeout.size(), 1u);
  EXPECT_EQ(auth.timeout[0].value, "3");
  EXPECT_EQ(auth.timeout[0].origin, Origin::ServiceDefault);
  EXPECT_TRUE(sameLoc(auth.timeout[0].loc, {kPath, 23, 3}));
  EXPECT_TRUE(auth.reservedConcurrency.empty());
  EXPECT_TRUE(auth.runtime.empty());
  EXPECT_EQ(auth.name, "");
}

TEST(CfnPool, DuplicateLambdaConfigKeysAreBothKept) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !GetAtt A.Arn
        PreSignUp: !GetAtt B.Arn
  A: {Type: AWS::Lambda::Function}
  B: {Type: AWS::Lambda::Function}
)");
  const auto &p = l->pool("Pool");
  ASSERT_EQ(p.triggers.size(), 2u);
  EXPECT_EQ(binding(p, "PreSignUp", 1)->targets.at(0).resource, "A");
  EXPECT_TRUE(sameLoc(binding(p, "PreSignUp", 1)->keyLoc, {kPath, 6, 9}));
  EXPECT_EQ(binding(p, "PreSignUp", 2)->targets.at(0).resource, "B");
  EXPECT_TRUE(sameLoc(binding(p, "PreSignUp", 2)->keyLoc, {kPath, 7, 9}));
}

TEST(CfnPool, ObjectValuedEntries) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreTokenGenerationConfig:
          LambdaArn: !GetAtt Fn.Arn
          LambdaVersion: V2_0
        CustomEmailSender:
          LambdaArn: !GetAtt Fn.Arn
        CustomSMSSender: {}
  Fn: {Type: AWS::Lambda::Function}
)");
  const auto &p = l->pool("Pool");
  ASSERT_EQ(p.triggers.size(), 3u);
  const TriggerBinding *ptg = binding(p, "PreTokenGenerationConfig");
  ASSERT_NE(ptg, nullptr);
  EXPECT_TRUE(ptg->objectValued);
  EXPECT_FALSE(ptg->stringValued);
  ASSERT_EQ(ptg->targets.size(), 1u);
  EXPECT_EQ(ptg->targets[0].function, l->key("Fn"));
  ASSERT_EQ(ptg->lambdaVersion.size(), 1u);
  EXPECT_EQ(ptg->lambdaVersion[0].value, "V2_0");
  EXPECT_TRUE(sameLoc(ptg->lambdaVersion[0].loc, {kPath, 8, 26}));
  EXPECT_TRUE(sameLoc(ptg->lambdaVersionKeyLoc, {kPath, 8, 11}));

  // No LambdaVersion: where it would go is the mapping.
  const TriggerBinding *email = binding(p, "CustomEmailSender");
  EXPECT_TRUE(email->objectValued);
  EXPECT_TRUE(email->lambdaVersion.empty());
  EXPECT_TRUE(sameLoc(email->lambdaVersionKeyLoc, {kPath, 10, 11}));

  // No LambdaArn: no targets.
  const TriggerBinding *sms = binding(p, "CustomSMSSender");
  EXPECT_TRUE(sms->objectValued);
  EXPECT_TRUE(sms->targets.empty());
  EXPECT_TRUE(sameLoc(sms->lambdaVersionKeyLoc, {kPath, 11, 26}));
}

TEST(CfnPool, LambdaConfigUnderFnIfGivesConditionalBindings) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig: !If
        - UseTriggers
        - PreSignUp: !GetAtt Fn.Arn
          KMSKeyID: !Ref AWS::NoValue
        - !Ref AWS::NoValue
  Fn: {Type: AWS::Lambda::Function}
)");
  const auto &p = l->pool("Pool");
  EXPECT_TRUE(p.hasLambdaConfig);
  ASSERT_EQ(p.triggers.size(), 1u);
  EXPECT_EQ(p.triggers[0].condition.text(), "UseTriggers");
  ASSERT_EQ(p.triggers[0].targets.size(), 1u);
  EXPECT_EQ(p.triggers[0].targets[0].condition.text(), "UseTriggers");
  EXPECT_TRUE(p.kmsKeyId.empty());
}

// --- Short and long intrinsic forms ----------------------------------------------------------------

TEST(CfnIntrinsics, ShortLongAndJsonFormsGiveTheSameModel) {
  auto shortForm = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !GetAtt Fn.Arn
        PostConfirmation: !GetAtt [Fn, Arn]
        PreAuthentication: !Ref Fn
        CustomMessage: !Sub "${Fn.Arn}"
  Fn: {Type: AWS::Lambda::Function}
)");
  auto longForm = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: {"Fn::GetAtt": Fn.Arn}
        PostConfirmation: {"Fn::GetAtt": [Fn, Arn]}
        PreAuthentication: {Ref: Fn}
        CustomMessage: {"Fn::Sub": "${Fn.Arn}"}
  Fn: {Type: AWS::Lambda::Function}
)");
  auto json = load(R"({"Resources": {
  "Pool": {"Type": "AWS::Cognito::UserPool", "Properties": {"LambdaConfig": {
    "PreSignUp": {"Fn::GetAtt": "Fn.Arn"},
    "PostConfirmation": {"Fn::GetAtt": ["Fn", "Arn"]},
    "PreAuthentication": {"Ref": "Fn"},
    "CustomMessage": {"Fn::Sub": "${Fn.Arn}"}}}},
  "Fn": {"Type": "AWS::Lambda::Function"}}})",
                   true, "stack/template.json");
  for (const Loaded *l : {shortForm.get(), longForm.get(), json.get()}) {
    const auto &p = l->pool("Pool");
    ASSERT_EQ(p.triggers.size(), 4u);
    for (const char *trigger : {"PreSignUp", "PostConfirmation", "CustomMessage"}) {
      const Target &t = binding(p, trigger)->targets.at(0);
      EXPECT_EQ(t.form, Target::Form::GetAtt) << trigger;
      EXPECT_EQ(t.resource, "Fn");
      EXPECT_EQ(t.attribute, "Arn");
      EXPECT_EQ(t.function, l->key("Fn"));
    }
    const Target &ref = binding(p, "PreAuthentication")->targets.at(0);
    EXPECT_EQ(ref.form, Target::Form::Ref);
    EXPECT_EQ(ref.resource, "Fn");
    EXPECT_TRUE(ref.resourceExists);
    EXPECT_EQ(ref.function, l->key("Fn"));
  }
  // The location is the expression: the tagged scalar, or the mapping of the long form.
  EXPECT_TRUE(sameLoc(binding(shortForm->pool("Pool"), "PreSignUp")->targets[0].loc, {kPath, 6, 20}));
  EXPECT_TRUE(sameLoc(binding(longForm->pool("Pool"), "PreSignUp")->targets[0].loc, {kPath, 6, 20}));
  EXPECT_TRUE(sameLoc(binding(json->pool("Pool"), "PreSignUp")->targets[0].loc, {"stack/template.json", 3, 18}));
}

TEST(CfnIntrinsics, GetAttOfMissingOrNonFunctionResource) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !GetAtt Missing.Arn
        PostConfirmation: !GetAtt Queue.Arn
        CustomMessage: !Ref Nowhere
  Queue: {Type: AWS::SQS::Queue}
)");
  const auto &p = l->pool("Pool");
  const Target &missing = binding(p, "PreSignUp")->targets.at(0);
  EXPECT_EQ(missing.form, Target::Form::GetAtt);
  EXPECT_FALSE(missing.resourceExists);
  EXPECT_EQ(missing.function, "");
  const Target &queue = binding(p, "PostConfirmation")->targets.at(0);
  EXPECT_TRUE(queue.resourceExists);
  EXPECT_EQ(queue.resourceType, "AWS::SQS::Queue");
  EXPECT_EQ(queue.function, "");
  const Target &nowhere = binding(p, "CustomMessage")->targets.at(0);
  EXPECT_EQ(nowhere.form, Target::Form::Ref);
  EXPECT_EQ(nowhere.resource, "Nowhere");
  EXPECT_FALSE(nowhere.resourceExists);
}

// --- Parameters, mappings, Sub, Join -----------------------------------------------------------------

constexpr const char *kParameters = R"(Parameters:
  Tier:
    Type: String
    Default: ESSENTIALS
  NoDefault:
    Type: String
  FromSsm:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /config/tier
  TimeoutParam:
    Type: Number
    Default: 20
  KeyId:
    Type: String
    Default: key-1
Mappings:
  Stages:
    prod:
      Timeout: 30
Resources:
  A:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolTier: !Ref Tier
      UserPoolName: !Sub "${AWS::StackName}-pool"
  B:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolTier: !Ref FromSsm
      UserPoolName: !Sub "pool-${Tier}"
  C:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolTier: {Ref: NoDefault}
      LambdaConfig:
        KMSKeyID: !Sub
          - "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${Key}-${KeyId}-${!Literal}"
          - Key: !Ref KeyId
  ParamFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: !Ref TimeoutParam
  MapFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: !FindInMap [Stages, prod, Timeout]
  RegionMapFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: !FindInMap [Stages, !Ref "AWS::Region", Timeout]
  ImportFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: !ImportValue shared-timeout
      Runtime: "{{resolve:ssm:/runtime}}"
)";

TEST(CfnIntrinsics, ParameterDefaults) {
  auto l = load(kParameters);
  EXPECT_EQ(problems(l->model), "");
  const Candidate &tier = l->pool("A").tier.at(0);
  EXPECT_EQ(tier.value, "ESSENTIALS");
  EXPECT_EQ(tier.origin, Origin::ParameterDefault);
  EXPECT_EQ(tier.originName, "Tier");
  EXPECT_TRUE(sameLoc(tier.loc, l->at("!Ref Tier")));
  EXPECT_TRUE(sameLoc(tier.originLoc, {kPath, 4, 14}));
  EXPECT_FALSE(tier.partial);
  // A Sub of pseudo parameters is no literal name.
  EXPECT_EQ(l->pool("A").name, "");

  // SSM parameter types: the default names a parameter, it is not the value.
  const Candidate &ssm = l->pool("B").tier.at(0);
  EXPECT_FALSE(ssm.value.has_value());
  EXPECT_TRUE(sameLoc(ssm.loc, l->at("!Ref FromSsm")));
  // A name built from a parameter default is not a literal name either.
  EXPECT_EQ(l->pool("B").name, "");

  const Candidate &none = l->pool("C").tier.at(0);
  EXPECT_FALSE(none.value.has_value());
  EXPECT_TRUE(sameLoc(none.loc, l->at("{Ref: NoDefault}")));
}

TEST(CfnIntrinsics, SubKeepsUnresolvedPiecesAndEscapes) {
  auto l = load(kParameters);
  const Candidate &kms = l->pool("C").kmsKeyId.at(0);
  EXPECT_EQ(kms.value, "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/key-1-key-1-${Literal}");
  EXPECT_TRUE(kms.partial);
  EXPECT_EQ(kms.origin, Origin::ParameterDefault);
  EXPECT_EQ(kms.originName, "KeyId");
  EXPECT_TRUE(sameLoc(kms.loc, l->at("!Sub\n")));
}

// `Ref` of a resource is unknown here, but the candidate says which type of resource it names
// (a KMS key's Ref is its key id); `Ref` of a parameter without default says nothing.
TEST(CfnIntrinsics, RefOfAResourceKeepsItsType) {
  auto l = load(R"(Parameters:
  NoDefault: {Type: String}
Resources:
  Key: {Type: AWS::KMS::Key}
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        KMSKeyID: !If [C, !Ref Key, !Ref NoDefault]
)");
  const auto &keys = l->pool("Pool").kmsKeyId;
  ASSERT_EQ(keys.size(), 2u);
  EXPECT_FALSE(keys[0].value.has_value());
  EXPECT_EQ(keys[0].refType, "AWS::KMS::Key");
  EXPECT_FALSE(keys[1].value.has_value());
  EXPECT_EQ(keys[1].refType, "");
}

TEST(CfnIntrinsics, TimeoutFromParameterMappingAndUnknowns) {
  auto l = load(kParameters);
  const Candidate &param = l->function("ParamFn").timeout.at(0);
  EXPECT_EQ(param.value, "20");
  EXPECT_EQ(param.origin, Origin::ParameterDefault);
  EXPECT_EQ(param.originName, "TimeoutParam");
  EXPECT_TRUE(sameLoc(param.originLoc, {kPath, 12, 14}));
  EXPECT_TRUE(sameLoc(param.loc, l->at("!Ref TimeoutParam")));

  const Candidate &map = l->function("MapFn").timeout.at(0);
  EXPECT_EQ(map.value, "30");
  EXPECT_EQ(map.origin, Origin::Mapping);
  EXPECT_EQ(map.originName, "Stages");
  EXPECT_TRUE(sameLoc(map.originLoc, {kPath, 19, 16}));
  EXPECT_TRUE(sameLoc(map.loc, l->at("!FindInMap [Stages, prod")));

  ASSERT_EQ(l->function("RegionMapFn").timeout.size(), 1u);
  EXPECT_FALSE(l->function("RegionMapFn").timeout[0].value.has_value());
  ASSERT_EQ(l->function("ImportFn").timeout.size(), 1u);
  EXPECT_FALSE(l->function("ImportFn").timeout[0].value.has_value());
  EXPECT_TRUE(sameLoc(l->function("ImportFn").timeout[0].loc, l->at("!ImportValue")));
  ASSERT_EQ(l->function("ImportFn").runtime.size(), 1u);
  EXPECT_FALSE(l->function("ImportFn").runtime[0].value.has_value());
}

TEST(CfnIntrinsics, JoinAndSubBuildLiteralArns) {
  auto l = load(R"(Parameters:
  Stage: {Type: String, Default: prod}
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !Join [":", [arn, !Ref "AWS::Partition", lambda, !Ref "AWS::Region", !Ref "AWS::AccountId", function, !Ref Fn]]
        PostConfirmation: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:live"
        CustomMessage: !Sub "arn:aws:lambda:eu-west-1:111122223333:function:named-${Stage}"
        PreAuthentication: arn:aws:lambda:eu-west-1:111122223333:function:other
        UserMigration: !Join ["", [!ImportValue x, !Select [0, [a]]]]
        PostAuthentication: !Join ["", !Split [",", "a,b"]]
  Fn: {Type: AWS::Lambda::Function}
  Named:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: named-prod
)");
  const auto &p = l->pool("Pool");
  const Target &join = binding(p, "PreSignUp")->targets.at(0);
  EXPECT_EQ(join.form, Target::Form::Literal);
  EXPECT_EQ(join.literal, "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}");
  EXPECT_TRUE(join.partial);
  EXPECT_EQ(join.function, l->key("Fn"));
  EXPECT_EQ(join.qualifier, "");

  const Target &sub = binding(p, "PostConfirmation")->targets.at(0);
  EXPECT_EQ(sub.form, Target::Form::Literal);
  EXPECT_TRUE(sub.partial);
  EXPECT_EQ(sub.function, l->key("Fn"));
  EXPECT_EQ(sub.qualifier, "live");

  // Fully resolved from a parameter default, then linked by the function's literal name.
  const Target &named = binding(p, "CustomMessage")->targets.at(0);
  EXPECT_EQ(named.literal, "arn:aws:lambda:eu-west-1:111122223333:function:named-prod");
  EXPECT_FALSE(named.partial);
  EXPECT_EQ(named.origin, Origin::ParameterDefault);
  EXPECT_EQ(named.originName, "Stage");
  EXPECT_EQ(named.function, l->key("Named"));

  // A literal ARN of a function that is not in the template.
  const Target &other = binding(p, "PreAuthentication")->targets.at(0);
  EXPECT_EQ(other.form, Target::Form::Literal);
  EXPECT_FALSE(other.partial);
  EXPECT_EQ(other.function, "");

  const Target &opaque = binding(p, "UserMigration")->targets.at(0);
  EXPECT_EQ(opaque.literal, "${Fn::ImportValue}${Fn::Select}");
  EXPECT_TRUE(opaque.partial);
  EXPECT_EQ(binding(p, "PostAuthentication")->targets.at(0).form, Target::Form::Unknown);
}

TEST(CfnIntrinsics, ParameterTargets) {
  auto l = load(R"(Parameters:
  TriggerArn: {Type: String, Default: "arn:aws:lambda:eu-west-1:111122223333:function:fn"}
  Open: {Type: String}
  Stored: {Type: "AWS::SSM::Parameter::Value<String>", Default: /arn}
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !Ref TriggerArn
        PostConfirmation: !Ref Open
        CustomMessage: !Ref Stored
        PreAuthentication: !ImportValue shared-arn
        UserMigration: !Sub "{{resolve:ssm:/arn}}"
)");
  const auto &p = l->pool("Pool");
  const Target &def = binding(p, "PreSignUp")->targets.at(0);
  EXPECT_EQ(def.form, Target::Form::Literal);
  EXPECT_EQ(def.literal, "arn:aws:lambda:eu-west-1:111122223333:function:fn");
  EXPECT_EQ(def.origin, Origin::ParameterDefault);
  EXPECT_EQ(def.originName, "TriggerArn");
  EXPECT_TRUE(sameLoc(def.originLoc, l->at("\"arn:aws:lambda:eu-west-1:111122223333:function:fn\"")));
  EXPECT_TRUE(sameLoc(def.loc, l->at("!Ref TriggerArn")));
  for (const char *trigger : {"PostConfirmation", "CustomMessage", "PreAuthentication", "UserMigration"})
    EXPECT_EQ(binding(p, trigger)->targets.at(0).form, Target::Form::Unknown) << trigger;
}

// --- Conditions ------------------------------------------------------------------------------------

TEST(CfnConditions, EveryBranchIsKeptWithItsCondition) {
  auto l = load(R"(Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: !If [IsProd, !If [Big, 30, 10], 3]
  NoValueFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: {"Fn::If": [Short, 2, {Ref: AWS::NoValue}]}
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !If [UseA, !GetAtt Fn.Arn, !GetAtt NoValueFn.Arn]
        PostConfirmation: !If [UseB, !GetAtt Fn.Arn, !Ref AWS::NoValue]
        CustomMessage: !If [UseC, !Ref AWS::NoValue, !Ref AWS::NoValue]
)");
  const auto &timeout = l->function("Fn").timeout;
  ASSERT_EQ(timeout.size(), 3u);
  EXPECT_EQ(timeout[0].value, "30");
  EXPECT_EQ(timeout[0].condition.text(), "IsProd && Big");
  EXPECT_EQ(timeout[1].value, "10");
  EXPECT_EQ(timeout[1].condition.text(), "IsProd && !Big");
  EXPECT_EQ(timeout[2].value, "3");
  EXPECT_EQ(timeout[2].condition.text(), "!IsProd");
  EXPECT_EQ(timeout[2].origin, Origin::Literal);
  EXPECT_TRUE(sameLoc(timeout[0].loc, l->at("30, 10")));
  EXPECT_TRUE(sameLoc(timeout[0].loc, {kPath, 5, 39}));

  // AWS::NoValue leaves the property unset in that branch: Lambda's default applies there.
  const auto &noValue = l->function("NoValueFn").timeout;
  ASSERT_EQ(noValue.size(), 2u);
  EXPECT_EQ(noValue[0].value, "2");
  EXPECT_EQ(noValue[0].condition.text(), "Short");
  EXPECT_EQ(noValue[1].value, "3");
  EXPECT_EQ(noValue[1].origin, Origin::ServiceDefault);
  EXPECT_EQ(noValue[1].condition.text(), "!Short");
  EXPECT_TRUE(sameLoc(noValue[1].loc, {kPath, 6, 3}));

  const auto &p = l->pool("Pool");
  const auto &targets = binding(p, "PreSignUp")->targets;
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].resource, "Fn");
  EXPECT_EQ(targets[0].condition.text(), "UseA");
  EXPECT_EQ(targets[1].resource, "NoValueFn");
  EXPECT_EQ(targets[1].condition.text(), "!UseA");
  ASSERT_EQ(binding(p, "PostConfirmation")->targets.size(), 1u);
  EXPECT_EQ(binding(p, "PostConfirmation")->targets[0].condition.text(), "UseB");
  // Absent in every branch: no binding at all.
  EXPECT_EQ(binding(p, "CustomMessage"), nullptr);
}

// --- SAM Globals -----------------------------------------------------------------------------------

constexpr const char *kGlobals = R"(Transform: AWS::Serverless-2016-10-31
Parameters:
  RuntimeParam: {Type: String, Default: provided.al2023}
Globals:
  Function:
    Timeout: 30
    Runtime: !Ref RuntimeParam
    ReservedConcurrentExecutions: 5
    CodeUri: src/
Resources:
  Inherits:
    Type: AWS::Serverless::Function
  Overrides:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: 4
      CodeUri: ../other
  IgnoresAll:
    Type: AWS::Serverless::Function
    IgnoreGlobals: '*'
  IgnoresTimeout:
    Type: AWS::Serverless::Function
    IgnoreGlobals: [Timeout]
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Code: s3://bucket/key.zip
)";

TEST(CfnSamGlobals, InheritanceOverrideAndIgnoreGlobals) {
  auto l = load(kGlobals);
  EXPECT_EQ(problems(l->model), "");
  const auto &inherits = l->function("Inherits");
  ASSERT_EQ(inherits.timeout.size(), 1u);
  const Candidate &t = inherits.timeout[0];
  EXPECT_EQ(t.value, "30");
  EXPECT_EQ(t.origin, Origin::Globals);
  EXPECT_EQ(t.originName, "Globals.Function.Timeout");
  EXPECT_TRUE(sameLoc(t.originLoc, {kPath, 6, 14}));
  EXPECT_TRUE(sameLoc(t.loc, {kPath, 11, 3}));
  ASSERT_EQ(inherits.reservedConcurrency.size(), 1u);
  EXPECT_EQ(inherits.reservedConcurrency[0].value, "5");
  EXPECT_EQ(inherits.reservedConcurrency[0].origin, Origin::Globals);
  // A parameter default inside Globals stays the origin; the location is the function.
  ASSERT_EQ(inherits.runtime.size(), 1u);
  EXPECT_EQ(inherits.runtime[0].value, "provided.al2023");
  EXPECT_EQ(inherits.runtime[0].origin, Origin::ParameterDefault);
  EXPECT_EQ(inherits.runtime[0].originName, "RuntimeParam");
  EXPECT_TRUE(sameLoc(inherits.runtime[0].originLoc, l->at("provided.al2023")));
  EXPECT_TRUE(sameLoc(inherits.runtime[0].loc, {kPath, 11, 3}));
  EXPECT_EQ(inherits.codeDir, "stack/src");

  const auto &overrides = l->function("Overrides");
  ASSERT_EQ(overrides.timeout.size(), 1u);
  EXPECT_EQ(overrides.timeout[0].value, "4");
  EXPECT_EQ(overrides.timeout[0].origin, Origin::Literal);
  EXPECT_EQ(overrides.reservedConcurrency.at(0).value, "5");
  EXPECT_EQ(overrides.codeDir, "other");

  const auto &ignoresAll = l->function("IgnoresAll");
  ASSERT_EQ(ignoresAll.timeout.size(), 1u);
  EXPECT_EQ(ignoresAll.timeout[0].origin, Origin::ServiceDefault);
  EXPECT_TRUE(ignoresAll.reservedConcurrency.empty());
  EXPECT_EQ(ignoresAll.codeDir, "");

  const auto &ignoresTimeout = l->function("IgnoresTimeout");
  EXPECT_EQ(ignoresTimeout.timeout.at(0).origin, Origin::ServiceDefault);
  EXPECT_EQ(ignoresTimeout.timeout.at(0).value, "3");
  EXPECT_EQ(ignoresTimeout.reservedConcurrency.at(0).origin, Origin::Globals);

  // Globals are SAM's: plain Lambda functions do not inherit them.
  const auto &plain = l->function("Plain");
  EXPECT_EQ(plain.timeout.at(0).origin, Origin::ServiceDefault);
  EXPECT_TRUE(plain.runtime.empty());
  EXPECT_EQ(plain.codeDir, "");
}

// --- SAM Cognito events ----------------------------------------------------------------------------

constexpr const char *kSamEvents = R"(Transform: AWS::Serverless-2016-10-31
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
  OtherPool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        CustomMessage: !GetAtt Fn.Arn
  Fn:
    Type: AWS::Serverless::Function
    Condition: Enabled
    Properties:
      Events:
        SignUp:
          Type: Cognito
          Properties:
            UserPool: !Ref Pool
            Trigger: PreSignUp
        Confirm:
          Type: Cognito
          Properties:
            UserPool: {Ref: Pool}
            Trigger: [PostConfirmation, VerifyAuthChallengeResponse]
        Other:
          Type: Cognito
          Properties:
            UserPool: !Ref OtherPool
            Trigger: PreAuthentication
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt Q.Arn
  Q: {Type: AWS::SQS::Queue}
)";

TEST(CfnSamEvents, TriggersBecomeBindingsOfThePool) {
  auto l = load(kSamEvents);
  EXPECT_EQ(problems(l->model), "");
  const auto &p = l->pool("Pool");
  EXPECT_TRUE(p.hasLambdaConfig);
  EXPECT_TRUE(sameLoc(p.lambdaConfigLoc, p.loc));
  ASSERT_EQ(p.triggers.size(), 3u);
  const TriggerBinding &signUp = p.triggers[0];
  EXPECT_EQ(signUp.via, TriggerBinding::Via::SamEvent);
  EXPECT_EQ(signUp.trigger, "PreSignUp");
  EXPECT_EQ(signUp.pool, l->key("Pool"));
  EXPECT_TRUE(sameLoc(signUp.keyLoc, {kPath, 19, 22}));
  EXPECT_TRUE(signUp.stringValued);
  EXPECT_FALSE(signUp.objectValued);
  EXPECT_EQ(signUp.samFunction, "Fn");
  EXPECT_EQ(signUp.samEvent, "SignUp");
  ASSERT_EQ(signUp.targets.size(), 1u);
  EXPECT_EQ(signUp.targets[0].form, Target::Form::GetAtt);
  EXPECT_EQ(signUp.targets[0].resource, "Fn");
  EXPECT_EQ(signUp.targets[0].attribute, "Arn");
  EXPECT_EQ(signUp.targets[0].resourceType, "AWS::Serverless::Function");
  EXPECT_EQ(signUp.targets[0].function, l->key("Fn"));
  EXPECT_TRUE(sameLoc(signUp.targets[0].loc, signUp.keyLoc));

  EXPECT_EQ(p.triggers[1].trigger, "PostConfirmation");
  EXPECT_TRUE(sameLoc(p.triggers[1].keyLoc, {kPath, 24, 23}));
  EXPECT_EQ(p.triggers[2].trigger, "VerifyAuthChallengeResponse");
  EXPECT_EQ(p.triggers[2].samEvent, "Confirm");

  // SAM adds to an existing LambdaConfig.
  const auto &other = l->pool("OtherPool");
  ASSERT_EQ(other.triggers.size(), 2u);
  EXPECT_EQ(other.triggers[0].via, TriggerBinding::Via::LambdaConfig);
  EXPECT_EQ(other.triggers[1].via, TriggerBinding::Via::SamEvent);
  EXPECT_TRUE(sameLoc(other.lambdaConfigLoc, {kPath, 8, 7}));
}

// SAM builds `<Function>CognitoPermission` for every Cognito event and keeps the last one by event
// name (SignUp, after Confirm and Other): one permission, for Pool only; OtherPool gets none.
TEST(CfnSamEvents, OnePermissionPerFunctionForTheLastEventsPool) {
  auto l = load(kSamEvents);
  ASSERT_EQ(l->model.permissions.size(), 1u);
  const auto &perm = l->model.permissions[0];
  EXPECT_EQ(perm.logicalId, "FnCognitoPermission");
  EXPECT_EQ(perm.key, l->key("FnCognitoPermission"));
  EXPECT_TRUE(perm.synthesized);
  EXPECT_EQ(perm.condition.text(), "Enabled");
  EXPECT_TRUE(sameLoc(perm.loc, {kPath, 16, 17}));
  ASSERT_EQ(perm.function.size(), 1u);
  EXPECT_EQ(perm.function[0].form, Target::Form::Ref);
  EXPECT_EQ(perm.function[0].resource, "Fn");
  EXPECT_EQ(perm.function[0].function, l->key("Fn"));
  ASSERT_EQ(perm.principal.size(), 1u);
  EXPECT_EQ(perm.principal[0].value, "cognito-idp.amazonaws.com");
  EXPECT_TRUE(sameLoc(perm.principal[0].loc, perm.loc));
  EXPECT_EQ(perm.action.at(0).value, "lambda:InvokeFunction");
  EXPECT_TRUE(perm.hasSourceArn);
  EXPECT_FALSE(perm.hasSourceAccount);
  ASSERT_EQ(perm.sourceArn.size(), 1u);
  EXPECT_EQ(perm.sourceArn[0].form, Target::Form::GetAtt);
  EXPECT_EQ(perm.sourceArn[0].resource, "Pool");
  EXPECT_EQ(perm.sourceArn[0].attribute, "Arn");
}

TEST(CfnSamEvents, PoolDependsOnTheFunctionNotTheOtherWayRound) {
  auto l = load(kSamEvents);
  const auto *edge = reference(l->model, "Pool", "Fn");
  ASSERT_NE(edge, nullptr);
  EXPECT_TRUE(sameLoc(edge->loc, {kPath, 19, 22}));
  EXPECT_EQ(edge->path, "Properties.LambdaConfig.PreSignUp");
  EXPECT_EQ(edge->loc.file, kPath);
  EXPECT_TRUE(hasReference(l->model, "OtherPool", "Fn"));
  // The event's `UserPool: !Ref Pool` and `Queue: !GetAtt Q.Arn` move into generated resources.
  EXPECT_FALSE(hasReference(l->model, "Fn", "Pool"));
  EXPECT_FALSE(hasReference(l->model, "Fn", "Q"));
}

TEST(CfnSamEvents, InvalidEventsAreInputProblems) {
  auto l = load(R"(Resources:
  Pool: {Type: AWS::Cognito::UserPool}
  Bucket: {Type: AWS::S3::Bucket}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        NotRef:
          Type: Cognito
          Properties:
            UserPool: arn:aws:cognito-idp:eu-west-1:111122223333:userpool/x
            Trigger: PreSignUp
        NotPool:
          Type: Cognito
          Properties:
            UserPool: !Ref Bucket
            Trigger: PreSignUp
        Joined:
          Type: Cognito
          Properties:
            UserPool: !Ref Pool
            Trigger: !Join ['', [Pre, Sign, Up]]
        ListOfJoin:
          Type: Cognito
          Properties:
            UserPool: !Ref Pool
            Trigger: [PreSignUp, !Ref X]
        RefList:
          Type: Cognito
          Properties:
            UserPool: {Ref: [Pool]}
        Good:
          Type: Cognito
          Properties:
            UserPool: !Ref Pool
            Trigger: CustomMessage
)");
  const std::string same = "Cognito events must reference a Cognito UserPool in the same template.";
  const std::string badTrigger = "Type of property 'Trigger' is invalid.";
  EXPECT_EQ(problems(l->model),
            "stack/template.yaml:11:23: event 'NotRef' of function 'Fn' is invalid: " + same + "\n" +
                "stack/template.yaml:16:23: event 'NotPool' of function 'Fn' is invalid: " + same + "\n" +
                "stack/template.yaml:22:22: event 'Joined' of function 'Fn' is invalid: " + badTrigger + "\n" +
                "stack/template.yaml:27:22: event 'ListOfJoin' of function 'Fn' is invalid: " + badTrigger + "\n" +
                "stack/template.yaml:31:23: event 'RefList' of function 'Fn' is invalid: Ref in Userpool is not a "
                "string.\n" +
                "stack/template.yaml:31:13: event 'RefList' of function 'Fn' is invalid: Missing required property "
                "'Trigger'.\n");
  // The valid event is still expanded.
  const auto &p = l->pool("Pool");
  ASSERT_EQ(p.triggers.size(), 1u);
  EXPECT_EQ(p.triggers[0].trigger, "CustomMessage");
  EXPECT_EQ(l->model.permissions.size(), 1u);
}

// --- Aliases, versions, literal linking -------------------------------------------------------------

TEST(CfnTargets, AliasesVersionsAndSamAutoPublishAlias) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !Ref Live
        PostConfirmation: !GetAtt Live.Arn
        CustomMessage: !Ref V1
        PreAuthentication: !Ref SamFn.Alias
  Fn: {Type: AWS::Lambda::Function}
  Live:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Fn
      FunctionVersion: !GetAtt V1.Version
      Name: live
  V1:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !GetAtt Fn.Arn
  SamFn:
    Type: AWS::Serverless::Function
    Properties:
      AutoPublishAlias: prod
)");
  const auto &p = l->pool("Pool");
  const Target &aliasRef = binding(p, "PreSignUp")->targets.at(0);
  EXPECT_EQ(aliasRef.form, Target::Form::Ref);
  EXPECT_EQ(aliasRef.resourceType, "AWS::Lambda::Alias");
  EXPECT_EQ(aliasRef.function, l->key("Fn"));
  EXPECT_EQ(aliasRef.qualifier, "live");
  const Target &aliasArn = binding(p, "PostConfirmation")->targets.at(0);
  EXPECT_EQ(aliasArn.form, Target::Form::GetAtt);
  EXPECT_EQ(aliasArn.function, l->key("Fn"));
  EXPECT_EQ(aliasArn.qualifier, "live");
  const Target &version = binding(p, "CustomMessage")->targets.at(0);
  EXPECT_EQ(version.resourceType, "AWS::Lambda::Version");
  EXPECT_EQ(version.function, l->key("Fn"));
  EXPECT_EQ(version.qualifier, "version");
  const Target &sam = binding(p, "PreAuthentication")->targets.at(0);
  EXPECT_EQ(sam.form, Target::Form::GetAtt);
  EXPECT_EQ(sam.resource, "SamFn");
  EXPECT_EQ(sam.attribute, "Alias");
  EXPECT_EQ(sam.function, l->key("SamFn"));
  EXPECT_EQ(sam.qualifier, "prod");
}

TEST(CfnPermission, FunctionNamesSourceArnAndAccount) {
  auto l = load(R"(Resources:
  Pool: {Type: AWS::Cognito::UserPool}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: my-fn
  ByName:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: my-fn
      Action: lambda:InvokeFunction
      Principal: cognito-idp.amazonaws.com
      SourceArn: !GetAtt Pool.Arn
      SourceAccount: !Ref AWS::AccountId
  ByArn:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: arn:aws:lambda:eu-west-1:111122223333:function:my-fn:live
      Action: lambda:InvokeFunction
      Principal: cognito-idp.amazonaws.com
  ByRef:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: cognito-idp.amazonaws.com
      SourceArn: !If [Scoped, !Sub "arn:aws:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/${Pool}", !Ref AWS::NoValue]
)");
  EXPECT_EQ(problems(l->model), "");
  const auto &byName = l->permission("ByName");
  EXPECT_EQ(byName.key, l->key("ByName"));
  EXPECT_FALSE(byName.synthesized);
  EXPECT_TRUE(sameLoc(byName.loc, {kPath, 7, 3}));
  ASSERT_EQ(byName.function.size(), 1u);
  EXPECT_EQ(byName.function[0].form, Target::Form::Literal);
  EXPECT_EQ(byName.function[0].function, l->key("Fn"));
  EXPECT_EQ(byName.principal.at(0).value, "cognito-idp.amazonaws.com");
  EXPECT_EQ(byName.action.at(0).value, "lambda:InvokeFunction");
  EXPECT_TRUE(byName.hasSourceArn);
  EXPECT_TRUE(sameLoc(byName.sourceArnLoc, l->at("!GetAtt Pool.Arn")));
  ASSERT_EQ(byName.sourceArn.size(), 1u);
  EXPECT_EQ(byName.sourceArn[0].form, Target::Form::GetAtt);
  EXPECT_EQ(byName.sourceArn[0].resource, "Pool");
  EXPECT_EQ(byName.sourceArn[0].resourceType, "AWS::Cognito::UserPool");
  EXPECT_TRUE(byName.hasSourceAccount);

  const auto &byArn = l->permission("ByArn");
  EXPECT_EQ(byArn.function.at(0).function, l->key("Fn"));
  EXPECT_EQ(byArn.function.at(0).qualifier, "live");
  EXPECT_FALSE(byArn.hasSourceArn);
  EXPECT_FALSE(byArn.hasSourceAccount);

  const auto &byRef = l->permission("ByRef");
  EXPECT_EQ(byRef.function.at(0).form, Target::Form::Ref);
  EXPECT_EQ(byRef.function.at(0).function, l->key("Fn"));
  // SourceArn missing in the `!Scoped` branch: not set everywhere.
  EXPECT_FALSE(byRef.hasSourceArn);
  ASSERT_EQ(byRef.sourceArn.size(), 1u);
  EXPECT_EQ(byRef.sourceArn[0].condition.text(), "Scoped");
  EXPECT_EQ(byRef.sourceArn[0].literal, "arn:aws:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/${Pool}");
}

// --- References ------------------------------------------------------------------------------------

TEST(CfnReferences, CircularTriggerWiringIsVisible) {
  auto l = load(R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Metadata:
      Note: !Ref Fn
    Properties:
      LambdaConfig:
        PostAuthentication: !GetAtt Fn.Arn
  Fn:
    Type: AWS::Lambda::Function
    DependsOn: [Role, NotAResource]
    Properties:
      Role: !GetAtt Role.Arn
      Environment:
        Variables:
          POOL_ID: !Ref Pool
          POOL_ARN: !Sub "${Pool.Arn}/${!Escaped}/${AWS::Region}/${Param}"
          OTHER: !Sub ["${X}", {X: !Ref Pool}]
      Policies:
        - Statement:
            - Resource: !Join ["", [!GetAtt Pool.Arn, "/*"]]
  Role: {Type: AWS::IAM::Role}
Parameters:
  Param: {Type: String}
)");
  std::vector<std::string> edges;
  for (const auto &r : l->model.references)
    edges.push_back(r.from + "->" + r.to + " " + r.path + " @" + std::to_string(r.loc.line) + ":" +
                    std::to_string(r.loc.column));
  EXPECT_EQ(edges, (std::vector<std::string>{
                       "Pool->Fn Properties.LambdaConfig.PostAuthentication @8:29",
                       "Fn->Role DependsOn @11:17",
                       "Fn->Role Properties.Role @13:13",
                       "Fn->Pool Properties.Environment.Variables.POOL_ID @16:20",
                       "Fn->Pool Properties.Environment.Variables.POOL_ARN @17:21",
                       "Fn->Pool Properties.Environment.Variables.OTHER @18:36",
                       "Fn->Pool Properties.Policies.0.Statement.0.Resource @21:37",
                   }));
  EXPECT_EQ(l->model.references[0].loc.file, kPath);
}

TEST(CfnReferences, SamGlobalsReachEveryInheritingFunction) {
  auto l = load(R"(Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        POOL: !Ref Pool
Resources:
  Pool: {Type: AWS::Cognito::UserPool}
  A: {Type: AWS::Serverless::Function}
  B:
    Type: AWS::Serverless::Function
    IgnoreGlobals: [Environment]
  C:
    Type: AWS::Serverless::Function
    Properties:
      Environment: {Variables: {OTHER: x}}
)");
  const auto *a = reference(l->model, "A", "Pool");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->path, "Globals.Function.Environment.Variables.POOL");
  EXPECT_TRUE(sameLoc(a->loc, {kPath, 6, 15}));
  EXPECT_FALSE(hasReference(l->model, "B", "Pool"));
  EXPECT_TRUE(hasReference(l->model, "C", "Pool")); // mappings are merged
}

// --- Problems and robustness -----------------------------------------------------------------------

TEST(CfnProblems, MalformedResources) {
  auto l = load(R"(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  NoType:
    Properties: {}
  NotAMap: 3
  BadType:
    Type: [a]
  Fn:
    Type: AWS::Lambda::Function
)");
  EXPECT_EQ(problems(l->model), "stack/template.yaml:3:3: resource 'NoType' has no 'Type'\n"
                                "stack/template.yaml:5:12: resource 'NotAMap' must be a mapping with a 'Type'\n"
                                "stack/template.yaml:7:11: the 'Type' of resource 'BadType' must be a string\n");
  EXPECT_EQ(l->model.functions.size(), 1u);

  auto list = load("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - a\n");
  EXPECT_EQ(problems(list->model),
            "stack/template.yaml:3:3: 'Resources' must be a mapping of logical ids to resources\n");
}

TEST(CfnRobustness, AliasFansStayCheap) {
  // Each level doubles the text a naive resolver would build: 2^40 bytes at the top. The reader
  // refuses such files by default; the frontend must stay cheap even when a caller allows them.
  std::string text = "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata:\n      L0: &l0 x\n";
  for (int i = 1; i <= 40; ++i)
    text += "      L" + std::to_string(i) + ": &l" + std::to_string(i) + " !Join ['', [*l" + std::to_string(i - 1) +
            ", *l" + std::to_string(i - 1) + "]]\n";
  text += "    Properties:\n      Runtime: *l40\n      Timeout: !If [A, *l40, !If [B, *l40, *l40]]\n"
          "      Environment: {Variables: {X: *l40}}\n";
  Loaded l;
  l.doc.path = kPath;
  l.doc.text = text;
  tl::doc::ReadLimits limits;
  limits.maxNodes = UINT64_MAX / 4;
  tl::doc::readYaml(l.doc, limits);
  ASSERT_TRUE(l.doc.problems.empty()) << l.doc.problems.front().message;
  // A resolver that expanded the fan would not finish: ctest's timeout turns that into a failure.
  tl::cfn::loadTemplate(l.doc, l.model);
  ASSERT_EQ(l.function("Fn").runtime.size(), 1u);
  EXPECT_FALSE(l.function("Fn").runtime[0].value.has_value());
  EXPECT_EQ(l.function("Fn").timeout.size(), 3u);
}

// A SAM template of about `bytes` where every resource is one the model holds (the worst case).
std::string syntheticTemplate(size_t bytes, int &resources) {
  std::string text = "Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 10\nResources:\n";
  int n = 0;
  while (text.size() < bytes) {
    std::string i = std::to_string(n++);
    text += "  Pool" + i + ":\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig:\n" +
            "        PreSignUp: !GetAtt Fn" + i + ".Arn\n        PostConfirmation: !Sub \"${Fn" + i + ".Arn}\"\n" +
            "  Fn" + i + ":\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n" +
            "        Variables: {POOL: !Ref Pool" + i + "}\n      Events:\n        E:\n          Type: Cognito\n" +
            "          Properties: {UserPool: !Ref Pool" + i + ", Trigger: CustomMessage}\n" + "  Perm" + i +
            ":\n    Type: AWS::Lambda::Permission\n    Properties:\n      FunctionName: !Ref Fn" + i +
            "\n      Principal: cognito-idp.amazonaws.com\n";
  }
  resources = 3 * n;
  return text;
}

// Size is what this checks; speed is measured by bench/run against cfn-lint, never by a timed test.
TEST(CfnScale, LargeTemplateLoadsCompletely) {
  int resources = 0;
  tl::doc::Document doc;
  doc.path = kPath;
  doc.text = syntheticTemplate(1u << 20, resources);
  tl::doc::readYaml(doc);
  ASSERT_TRUE(doc.problems.empty());
  tl::model::Model model;
  tl::cfn::loadTemplate(doc, model);
  const size_t n = static_cast<size_t>(resources / 3);
  EXPECT_EQ(model.pools.size(), n);
  EXPECT_EQ(model.functions.size(), n);
  EXPECT_EQ(model.permissions.size(), 2 * n); // explicit + SAM-generated
  EXPECT_EQ(model.problems.size(), 0u);
}

// --- The real-world corpus -------------------------------------------------------------------------

std::string readAll(const std::filesystem::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CfnCorpus, EveryTemplateLoadsWithoutProblems) {
  const std::filesystem::path corpus = TL_SOURCE_DIR "/../shared/corpus";
  if (!std::filesystem::is_directory(corpus))
    GTEST_SKIP() << "no corpus at " << corpus;
  int templates = 0;
  for (const auto &entry : std::filesystem::recursive_directory_iterator(corpus)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml" && ext != ".json"))
      continue;
    tl::doc::Document doc;
    doc.path = entry.path().string();
    doc.text = readAll(entry.path());
    if (ext == ".json")
      tl::doc::readJson(doc);
    else
      tl::doc::readYaml(doc);
    if (!doc.problems.empty()) {
      ADD_FAILURE() << doc.path << ": " << doc.problems.front().message;
      continue;
    }
    if (!doc.root || !tl::cfn::isTemplate(*doc.root))
      continue;
    ++templates;
    tl::model::Model model;
    tl::cfn::loadTemplate(doc, model);
    // SAM itself rejects this one: its Trigger is an Fn::Join.
    if (entry.path().filename().string().find("error_cognito_trigger_invalid_type") != std::string::npos) {
      ASSERT_EQ(model.problems.size(), 1u);
      EXPECT_NE(model.problems[0].message.find("Type of property 'Trigger' is invalid."), std::string::npos);
      EXPECT_EQ(model.problems[0].loc.line, 28u);
      continue;
    }
    EXPECT_EQ(problems(model), "") << doc.path;
  }
  EXPECT_GE(templates, 15);
}

TEST(CfnCorpus, SamEventTemplateMatchesItsTranslatorOutput) {
  const std::filesystem::path dir = TL_SOURCE_DIR "/../shared/corpus/aws__serverless-application-model";
  const auto input = dir / "tests__translator__input__cognito_userpool_with_event.yaml";
  const auto output = dir / "tests__translator__output__cognito_userpool_with_event.json";
  if (!std::filesystem::exists(input) || !std::filesystem::exists(output))
    GTEST_SKIP() << "corpus not present";
  auto sam = load(readAll(input), false, input.string());
  auto cfn = load(readAll(output), true, output.string());
  ASSERT_EQ(sam->model.pools.size(), 1u);
  ASSERT_EQ(cfn->model.pools.size(), 1u);
  auto triggersOf = [](const tl::model::UserPool &p) {
    std::vector<std::string> out;
    for (const auto &b : p.triggers)
      out.push_back(b.trigger + "=" + b.targets.at(0).resource + "." + b.targets.at(0).attribute);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(triggersOf(sam->model.pools[0]), triggersOf(cfn->model.pools[0]));
  ASSERT_EQ(sam->model.permissions.size(), cfn->model.permissions.size());
  EXPECT_EQ(sam->model.permissions[0].logicalId, cfn->model.permissions[0].logicalId);
  EXPECT_EQ(sam->model.permissions[0].sourceArn.at(0).resource, cfn->model.permissions[0].sourceArn.at(0).resource);
}

} // namespace

// Fn::ForEach output keys (nested loops included) stand for the logical ids they can produce;
// `${X}` and `&{X}` match any text, the rest must match in order from start to end.
TEST(CfnTemplateIndex, ForEachOutputKeysMayGenerateLogicalIds) {
  tl::doc::Document doc;
  doc.path = "stack/template.yaml";
  doc.text = R"(Resources:
  Fn::ForEach::Outer:
    - Name
    - [A, B]
    - ${Name}Fn:
        Type: AWS::Lambda::Function
      Fn::ForEach::Inner:
        - Stage
        - [dev]
        - Perm${Name}For&{Stage}Pool:
            Type: AWS::Lambda::Permission
  Fn::ForEach::Broken: not-a-loop
  Plain:
    Type: AWS::SNS::Topic
)";
  tl::doc::readYaml(doc);
  std::vector<tl::model::InputProblem> problems;
  tl::cfn::TemplateIndex index(doc, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(index.mayBeGenerated("AFn"));
  EXPECT_TRUE(index.mayBeGenerated("SignUpFn"));
  EXPECT_TRUE(index.mayBeGenerated("Fn")); // a placeholder may stand for empty text: unknown, not wrong
  EXPECT_TRUE(index.mayBeGenerated("PermAForDevPool"));
  EXPECT_TRUE(index.mayBeGenerated("PermForPool"));
  EXPECT_FALSE(index.mayBeGenerated("PermAForDev"));
  EXPECT_FALSE(index.mayBeGenerated("FnA"));
  EXPECT_FALSE(index.mayBeGenerated("Plain")); // declared, not generated
  EXPECT_EQ(index.resources().size(), 1u);
}

// Two stacks in one model: imports join exports of other templates (exactly, or with Sub
// placeholders on either side), literal ARNs join FunctionNames of other templates, and a name
// two other templates provide, or only the pool's own template, stays unknown.
TEST(CfnStackJoin, ImportsAndLiteralArnsReachFunctionsOfOtherTemplates) {
  tl::model::Model model;
  std::vector<std::unique_ptr<tl::doc::Document>> docs;
  auto add = [&](std::string path, std::string text) {
    auto &doc = *docs.emplace_back(std::make_unique<tl::doc::Document>());
    doc.path = std::move(path);
    doc.text = std::move(text);
    tl::doc::readYaml(doc);
    tl::cfn::loadTemplate(doc, model);
  };
  add("pool.yaml", R"(Parameters:
  Stack: {Type: String, Default: fns}
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !ImportValue signup-arn
        PostConfirmation: {Fn::ImportValue: !Sub "${Stack}-confirm"}
        CustomMessage: !Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:messages:live"
        PreAuthentication: !ImportValue twice
        PostAuthentication: !ImportValue own
  Own: {Type: AWS::Lambda::Function}
  MessagesInvoke:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: "messages:live", Action: lambda:InvokeFunction, Principal: cognito-idp.amazonaws.com}
Outputs:
  Own:
    Value: !GetAtt Own.Arn
    Export: {Name: own}
)");
  add("fns.yaml", R"(Resources:
  SignUp: {Type: AWS::Lambda::Function}
  Confirm: {Type: AWS::Lambda::Function}
  Messages:
    Type: AWS::Lambda::Function
    Properties: {FunctionName: messages}
  Twice: {Type: AWS::Lambda::Function}
Outputs:
  A: {Value: !GetAtt SignUp.Arn, Export: {Name: signup-arn}}
  B: {Value: !GetAtt Confirm.Arn, Export: {Name: !Sub "${AWS::StackName}-confirm"}}
  C: {Value: !GetAtt Twice.Arn, Export: {Name: twice}}
)");
  add("other.yaml", R"(Resources:
  Twice: {Type: AWS::Lambda::Function}
Outputs:
  C: {Value: !GetAtt Twice.Arn, Export: {Name: twice}}
)");
  ASSERT_EQ(model.exports.size(), 5u);
  tl::cfn::joinStacks(model);
  std::map<std::string, const Target *> byTrigger;
  for (const auto &b : model.pools.at(0).triggers)
    byTrigger[b.trigger] = &b.targets.at(0);
  EXPECT_EQ(byTrigger["PreSignUp"]->function, "fns.yaml#SignUp");
  EXPECT_EQ(byTrigger["PreSignUp"]->importName, "signup-arn");
  EXPECT_EQ(byTrigger["PreSignUp"]->exportLoc.file, "fns.yaml");
  EXPECT_EQ(byTrigger["PreSignUp"]->exportLoc.line, 9u);
  EXPECT_EQ(byTrigger["PostConfirmation"]->importName, "fns-confirm");
  EXPECT_EQ(byTrigger["PostConfirmation"]->function, "fns.yaml#Confirm");
  EXPECT_EQ(byTrigger["CustomMessage"]->function, "fns.yaml#Messages");
  EXPECT_EQ(byTrigger["CustomMessage"]->qualifier, "live");
  EXPECT_EQ(byTrigger["PreAuthentication"]->function, ""); // fns.yaml and other.yaml both export it
  EXPECT_EQ(byTrigger["PostAuthentication"]->function, ""); // a stack cannot import its own export
  EXPECT_EQ(byTrigger["PostAuthentication"]->form, Target::Form::Unknown);
  // A permission's FunctionName may be a bare name with a qualifier.
  const auto &invoke = model.permissions.at(0).function.at(0);
  EXPECT_EQ(invoke.function, "fns.yaml#Messages");
  EXPECT_EQ(invoke.qualifier, "live");
}

// Each template reserved exactly what it added, so the model's vectors were moved once per file:
// quadratic in the number of templates. Geometric growth moves them a logarithmic number of times.
TEST(TemplateFrontend, ManyTemplatesMoveTheModelRarely) {
  constexpr int kTemplates = 2000;
  tl::model::Model model;
  size_t moves = 0;
  const tl::model::Function *before = nullptr;
  for (int i = 0; i < kTemplates; ++i) {
    tl::doc::Document doc;
    doc.path = "stack" + std::to_string(i) + ".yaml";
    doc.text = "Resources:\n"
               "  Pool: {Type: AWS::Cognito::UserPool, Properties: {LambdaConfig: {PreSignUp: !GetAtt Fn.Arn}}}\n"
               "  Fn: {Type: AWS::Lambda::Function, Properties: {Timeout: 3}}\n";
    tl::doc::readYaml(doc);
    ASSERT_TRUE(doc.root);
    tl::cfn::loadTemplate(doc, model);
    moves += model.functions.data() != before;
    before = model.functions.data();
  }
  EXPECT_EQ(model.functions.size(), static_cast<size_t>(kTemplates));
  EXPECT_LE(moves, 2u * 11u); // log2(2000) ~ 11
}
