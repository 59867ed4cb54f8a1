#include "model/arn.h"

#include <gtest/gtest.h>

namespace {

using tl::model::Arn;
using tl::model::FunctionArn;
using tl::model::UserPoolArn;

TEST(Arn, SplitsSixFieldsAndKeepsTheResourceWhole) {
  auto arn = Arn::parse("arn:aws:sns:us-east-1:123456789012:topic:sub");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->partition, "aws");
  EXPECT_EQ(arn->service, "sns");
  EXPECT_EQ(arn->region, "us-east-1");
  EXPECT_EQ(arn->account, "123456789012");
  EXPECT_EQ(arn->resource, "topic:sub");
  EXPECT_FALSE(Arn::parse("arn:aws:sns"));
  EXPECT_FALSE(Arn::parse("urn:aws:sns:us-east-1:1:x"));
}

TEST(Arn, PlaceholdersAreNeverSplit) {
  auto arn = FunctionArn::parse("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->region, "${AWS::Region}");
  EXPECT_EQ(arn->account, "${AWS::AccountId}");
  EXPECT_EQ(arn->name, "${Fn}");
  EXPECT_TRUE(tl::model::isPlaceholder(arn->region));
  EXPECT_FALSE(tl::model::isPlaceholder("us-${X}"));
  EXPECT_TRUE(tl::model::hasPlaceholder("us-${X}"));
}

TEST(Arn, FunctionArnWithQualifier) {
  auto a = FunctionArn::parse("arn:aws-cn:lambda:cn-north-1:1:function:f:$LATEST");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->unqualified, "arn:aws-cn:lambda:cn-north-1:1:function:f");
  EXPECT_EQ(a->name, "f");
  EXPECT_EQ(a->qualifier, "$LATEST");
  EXPECT_EQ(a->displayName(), "f:$LATEST");
  EXPECT_TRUE(a->fullArn);
  EXPECT_FALSE(FunctionArn::parse("arn:aws:sns:us-east-1:1:topic"));
  EXPECT_FALSE(FunctionArn::parse("arn:aws:lambda:us-east-1:1:function:"));
  EXPECT_FALSE(FunctionArn::parse("arn:aws:lambda:us-east-1:1:function:f:live:extra"));
  EXPECT_FALSE(FunctionArn::parse("f"));
}

TEST(Arn, FunctionNameForms) {
  auto bare = FunctionArn::parseFunctionName("f:live");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->name, "f");
  EXPECT_EQ(bare->qualifier, "live");
  EXPECT_FALSE(bare->fullArn);
  EXPECT_EQ(bare->region, "");
  auto partial = FunctionArn::parseFunctionName("123456789012:function:f");
  ASSERT_TRUE(partial);
  EXPECT_EQ(partial->account, "123456789012");
  EXPECT_EQ(partial->name, "f");
  EXPECT_EQ(partial->unqualified, "123456789012:function:f");
  EXPECT_FALSE(FunctionArn::parseFunctionName("arn:aws:sns:us-east-1:1:topic"));
  EXPECT_FALSE(FunctionArn::parseFunctionName("a:b:c"));
}

TEST(Arn, UserPoolArnAndPoolIdRegion) {
  auto pool = UserPoolArn::parse("arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC");
  ASSERT_TRUE(pool);
  EXPECT_EQ(pool->region, "eu-west-1");
  EXPECT_EQ(pool->poolId, "eu-west-1_AbC");
  EXPECT_FALSE(UserPoolArn::parse("arn:aws:cognito-idp:eu-west-1:1:identitypool/x"));
  EXPECT_FALSE(UserPoolArn::parse("arn"));
  EXPECT_EQ(tl::model::regionOfPoolId("us-gov-west-1_Abc"), "us-gov-west-1");
  EXPECT_EQ(tl::model::regionOfPoolId("${Pool}"), "");
  EXPECT_EQ(tl::model::regionOfPoolId("local_123"), "");
}

} // namespace

#include "model/condition.h"

namespace {

using tl::model::Condition;

TEST(Condition, ReadsTermsAndDropsRepeats) {
  Condition c("IsProd && !UseAlias && IsProd");
  EXPECT_EQ(c.text(), "IsProd && !UseAlias");
  auto terms = c.terms();
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].name, "IsProd");
  EXPECT_FALSE(terms[0].negated);
  EXPECT_EQ(terms[1].name, "UseAlias");
  EXPECT_TRUE(terms[1].negated);
  EXPECT_TRUE(Condition("").empty());
  EXPECT_TRUE(Condition().terms().empty());
}

TEST(Condition, CombinesImpliesAndExcludes) {
  Condition prod("IsProd"), notProd("!IsProd"), both("IsProd && Big");
  EXPECT_EQ((prod && Condition("Big")).text(), "IsProd && Big");
  EXPECT_EQ((prod && Condition()).text(), "IsProd");
  EXPECT_EQ((Condition() && prod && both).text(), "IsProd && Big");
  EXPECT_TRUE(both.implies(prod));
  EXPECT_FALSE(prod.implies(both));
  EXPECT_TRUE(prod.implies(Condition()));
  EXPECT_FALSE(Condition().implies(prod));
  EXPECT_TRUE(prod.excludes(notProd));
  EXPECT_TRUE(both.excludes(notProd));
  EXPECT_FALSE(both.excludes(Condition("!Big2")));
  EXPECT_FALSE(prod.excludes(Condition()));
  EXPECT_TRUE(Condition("A && B") == (Condition("A") && Condition("B")));
}

} // namespace
