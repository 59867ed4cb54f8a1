// The plan reader: what `terraform show -json` output becomes in the model, especially values known
// only after apply, followed through the plan's configuration.
#include "terraform/plan_frontend.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using tl::model::Model;
using tl::model::Target;

Model load(const std::string &json) {
  tl::doc::Document doc;
  doc.path = "plan.json";
  doc.text = json;
  tl::doc::readJson(doc);
  Model model;
  if (doc.root && tl::terraform::isPlanOrState(*doc.root))
    tl::terraform::loadPlan(doc, *doc.root, model);
  return model;
}

// A plan with one pool whose pre_sign_up is known only after apply and written as `expression`
// (a configuration expression of the root module), two counted functions in the root module and
// one in module "m", whose call passes it aws_lambda_function.f[1].arn as var.fn.
std::string planWith(const std::string &expression) {
  return R"({"format_version": "1.2", "terraform_version": "1.11.4",
 "variables": {"which": {"value": "arn:aws:lambda:eu-west-1:123456789012:function:by-var"}},
 "planned_values": {"root_module": {
  "resources": [
   {"address": "aws_cognito_user_pool.p", "mode": "managed", "type": "aws_cognito_user_pool", "name": "p",
    "values": {"name": "p", "lambda_config": [{"pre_sign_up": null, "custom_email_sender": []}]}},
   {"address": "aws_lambda_function.f[0]", "mode": "managed", "type": "aws_lambda_function", "name": "f", "index": 0,
    "values": {"function_name": "f0", "timeout": 3}},
   {"address": "aws_lambda_function.f[1]", "mode": "managed", "type": "aws_lambda_function", "name": "f", "index": 1,
    "values": {"function_name": "f1", "timeout": 3}}],
  "child_modules": [{"address": "module.m", "resources": [
   {"address": "module.m.aws_lambda_function.this", "mode": "managed", "type": "aws_lambda_function", "name": "this",
    "values": {"function_name": "inner"}}]}]}},
 "resource_changes": [
  {"address": "aws_cognito_user_pool.p", "change": {"actions": ["create"],
   "after_unknown": {"lambda_config": [{"pre_sign_up": true, "pre_token_generation_config": true}]}}}],
 "configuration": {"root_module": {
  "resources": [{"address": "aws_cognito_user_pool.p", "mode": "managed", "type": "aws_cognito_user_pool", "name": "p",
   "expressions": {"lambda_config": [{"pre_sign_up": )" +
         expression + R"(}]}}],
  "module_calls": {"m": {"source": "./m", "expressions": {"fn": {"references": ["aws_lambda_function.f[1].arn", "aws_lambda_function.f[1]", "aws_lambda_function.f"]}},
   "module": {"outputs": {"arn": {"expression": {"references": ["aws_lambda_function.this.arn", "aws_lambda_function.this"]}},
                          "given": {"expression": {"references": ["var.fn"]}}},
              "resources": [{"address": "aws_lambda_function.this", "mode": "managed", "type": "aws_lambda_function",
                             "name": "this", "expressions": {}}]}}}}}})";
}

// The one target of the pool's one binding (a copy: the model is often a temporary).
Target onlyTarget(const Model &model) {
  if (model.pools.size() != 1 || model.pools[0].triggers.size() != 1 ||
      model.pools[0].triggers[0].targets.size() != 1) {
    ADD_FAILURE() << "expected one pool with one binding of one target";
    return Target{};
  }
  return model.pools[0].triggers[0].targets[0];
}

TEST(TerraformPlan, InstanceKeyPicksTheInstance) {
  Model model = load(planWith(
      R"({"references": ["aws_lambda_function.f[1].arn", "aws_lambda_function.f[1]", "aws_lambda_function.f"]})"));
  ASSERT_EQ(model.functions.size(), 3u);
  const Target t = onlyTarget(model);
  EXPECT_EQ(t.form, Target::Form::GetAtt);
  EXPECT_EQ(t.function, "plan.json#aws_lambda_function.f[1]");
  EXPECT_EQ(std::string(t.attribute), "Arn");
  // The provider's computed pre_token_generation_config (unknown, never configured) binds nothing.
  EXPECT_EQ(model.pools[0].triggers.size(), 1u);
  // A function without a planned timeout gets the provider's default.
  EXPECT_EQ(*model.functions[2].timeout.at(0).value, "3");
  EXPECT_EQ(model.functions[2].timeout.at(0).origin, tl::model::Origin::ServiceDefault);
}

TEST(TerraformPlan, CountedResourceWithoutKeyIsUnknown) {
  // Two instances and no key: which one is not known here.
  const Target t = onlyTarget(load(planWith(R"({"references": ["aws_lambda_function.f"]})")));
  EXPECT_EQ(t.form, Target::Form::Unknown);
}

TEST(TerraformPlan, ModuleOutputAndInputAreFollowed) {
  const Target out = onlyTarget(load(planWith(R"({"references": ["module.m.arn", "module.m"]})")));
  EXPECT_EQ(out.function, "plan.json#module.m.aws_lambda_function.this");
  // module.m.given is the module's input var.fn, which the call sets to aws_lambda_function.f[1].arn.
  const Target in = onlyTarget(load(planWith(R"({"references": ["module.m.given", "module.m"]})")));
  EXPECT_EQ(in.function, "plan.json#aws_lambda_function.f[1]");
}

TEST(TerraformPlan, RootVariableValueIsALiteral) {
  const Target t = onlyTarget(load(planWith(R"({"references": ["var.which"]})")));
  EXPECT_EQ(t.form, Target::Form::Literal);
  EXPECT_EQ(std::string(t.literal), "arn:aws:lambda:eu-west-1:123456789012:function:by-var");
}

TEST(TerraformPlan, SeveralReferencesAndLocalsAreUnknown) {
  // `var.x ? a : b`, a template, a function call: not one of the values.
  EXPECT_EQ(
      onlyTarget(load(planWith(
                     R"({"references": ["var.which", "aws_lambda_function.f[0].arn", "aws_lambda_function.f[0]"]})")))
          .form,
      Target::Form::Unknown);
  EXPECT_EQ(onlyTarget(load(planWith(R"({"references": ["local.fn"]})"))).form, Target::Form::Unknown);
  EXPECT_EQ(
      onlyTarget(load(planWith(R"({"references": ["data.aws_lambda_function.x.arn", "data.aws_lambda_function.x"]})")))
          .form,
      Target::Form::Unknown);
}

TEST(TerraformPlan, MalformedShapesAddNothingAndDoNotCrash) {
  for (
      const char *json : {
          R"({"format_version": "1.2", "terraform_version": "1", "planned_values": 3})",
          R"({"format_version": "1.2", "terraform_version": "1", "planned_values": {"root_module": {"resources": {"a": 1}, "child_modules": [3, {"address": 4}]}}})",
          R"({"format_version": "1.2", "terraform_version": "1", "planned_values": {"root_module": {"resources": [3, {"type": "aws_cognito_user_pool"}, {"address": "aws_cognito_user_pool.p", "type": "aws_cognito_user_pool", "values": {"lambda_config": [7, 8]}}]}},
               "resource_changes": [{"address": "aws_cognito_user_pool.p", "change": {"after_unknown": {"lambda_config": true}}}],
               "configuration": {"root_module": {"module_calls": {"x": 1}, "resources": [{"type": "aws_cognito_user_pool", "name": "p", "expressions": {"lambda_config": [{"pre_sign_up": {"references": ["module.x.y"]}}]}}]}}})",
      }) {
    Model model = load(json);
    for (const auto &pool : model.pools)
      EXPECT_TRUE(pool.triggers.empty() || pool.triggers[0].targets.at(0).form == Target::Form::Unknown) << json;
  }
}

TEST(TerraformPlan, OnlyTerraformOutputIsAPlan) {
  tl::doc::Document doc;
  doc.text = R"({"format_version": "1.0", "values": {}})"; // no terraform_version
  tl::doc::readJson(doc);
  ASSERT_TRUE(doc.root);
  EXPECT_FALSE(tl::terraform::isPlanOrState(*doc.root));
}

} // namespace
