// The Terraform frontend's model: what each provider resource becomes, across the files of one
// module directory.
#include "model/declaration_scope.h"
#include "terraform/module_frontend.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using tl::model::Model;

// A module directory of its own under the test's temporary directory.
class Module {
public:
  explicit Module(const std::string &name) : dir_(fs::temp_directory_path() / ("tl-terraform-" + name)) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Module() { fs::remove_all(dir_); }

  std::string write(const std::string &file, const std::string &text) {
    const std::string path = (dir_ / file).string();
    std::ofstream(path) << text;
    return path;
  }

  Model load(const std::string &path) {
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Model model;
    tl::terraform::loadModuleFile(path, text, model);
    return model;
  }

private:
  fs::path dir_;
};

TEST(TerraformFrontend, ScopeIsTheDirectory) {
  EXPECT_EQ(tl::model::declarationScope("a/b/main.tf"), "a/b/");
  EXPECT_EQ(tl::model::declarationScope("main.tf"), "");
  EXPECT_EQ(tl::model::declarationScope("a/stack.yaml"), "a/stack.yaml");
  EXPECT_TRUE(tl::model::sameScope("a/main.tf", "a/lambda.tf"));
  EXPECT_FALSE(tl::model::sameScope("a/main.tf", "b/main.tf"));
  EXPECT_TRUE(tl::model::isTerraformFile("x.tf.json"));
}

TEST(TerraformFrontend, PoolBindingsAcrossFiles) {
  Module m("pool");
  const std::string pool = m.write("cognito.tf", R"(resource "aws_cognito_user_pool" "pool" {
  name           = "users"
  user_pool_tier = "PLUS"
  lambda_config {
    pre_sign_up = aws_lambda_function.signup.arn
    kms_key_id  = aws_kms_key.codes.arn
    custom_email_sender {
      lambda_arn     = aws_lambda_function.mail.arn
      lambda_version = "V1_0"
    }
    post_confirmation = var.welcome_arn
  }
}
variable "welcome_arn" {
  default = null
}
)");
  m.write("lambda.tf", R"(resource "aws_lambda_function" "signup" {
  function_name = "signup"
}
resource "aws_lambda_function" "mail" {
  function_name = "mail"
  timeout       = 30
}
)");
  Model model = m.load(pool);
  ASSERT_EQ(model.pools.size(), 1u);
  EXPECT_TRUE(model.functions.empty()) << "functions of lambda.tf belong to that file's run";
  const auto &p = model.pools[0];
  EXPECT_EQ(p.logicalId, "aws_cognito_user_pool.pool");
  EXPECT_EQ(p.name, "users");
  ASSERT_EQ(p.tier.size(), 1u);
  EXPECT_EQ(*p.tier[0].value, "PLUS");
  ASSERT_EQ(p.triggers.size(), 3u) << "post_confirmation defaults to null: the caller may set it";
  EXPECT_EQ(p.triggers[0].trigger, "PreSignUp");
  EXPECT_EQ(p.triggers[0].keyLoc.line, 5u);
  EXPECT_EQ(p.triggers[0].keyLoc.column, 5u);
  ASSERT_EQ(p.triggers[0].targets.size(), 1u);
  const auto &t = p.triggers[0].targets[0];
  EXPECT_EQ(t.form, tl::model::Target::Form::GetAtt);
  EXPECT_EQ(t.attribute, "Arn");
  EXPECT_EQ(t.resourceType, "AWS::Lambda::Function");
  EXPECT_TRUE(t.resourceExists);
  EXPECT_EQ(t.function, tl::model::resourceKey(tl::model::declarationScope(pool), "aws_lambda_function.signup"));
  EXPECT_EQ(p.triggers[1].trigger, "PostConfirmation");
  ASSERT_EQ(p.triggers[1].targets.size(), 1u);
  EXPECT_EQ(p.triggers[1].targets[0].form, tl::model::Target::Form::Unknown);
  EXPECT_EQ(p.triggers[2].trigger, "CustomEmailSender");
  EXPECT_TRUE(p.triggers[2].objectValued);
  ASSERT_EQ(p.triggers[2].lambdaVersion.size(), 1u);
  EXPECT_EQ(*p.triggers[2].lambdaVersion[0].value, "V1_0");
  ASSERT_EQ(p.kmsKeyId.size(), 1u);
  EXPECT_FALSE(p.kmsKeyId[0].value.has_value()) << "a key's arn is known only after apply";
}

TEST(TerraformFrontend, FunctionDefaultsAndCodeDirectory) {
  Module m("function");
  const std::string path = m.write("main.tf", R"(data "archive_file" "zip" {
  type        = "zip"
  source_dir  = "${path.module}/src/"
  output_path = "build/fn.zip"
}
resource "aws_lambda_function" "fn" {
  function_name                  = "fn"
  filename                       = data.archive_file.zip.output_path
  reserved_concurrent_executions = -1
}
resource "aws_lambda_function" "off" {
  count         = 0
  function_name = "off"
}
)");
  Model model = m.load(path);
  ASSERT_EQ(model.functions.size(), 1u) << "count = 0 creates nothing";
  const auto &fn = model.functions[0];
  EXPECT_EQ(fn.name, "fn");
  ASSERT_EQ(fn.timeout.size(), 1u);
  EXPECT_EQ(*fn.timeout[0].value, "3");
  EXPECT_EQ(fn.timeout[0].origin, tl::model::Origin::ServiceDefault);
  ASSERT_EQ(fn.reservedConcurrency.size(), 1u);
  EXPECT_EQ(*fn.reservedConcurrency[0].value, "-1");
  EXPECT_EQ(fn.codeDir, (fs::path(path).parent_path() / "src").lexically_normal().string());
}

TEST(TerraformFrontend, PermissionAndReferences) {
  Module m("permission");
  const std::string path = m.write("main.tf", R"(locals {
  pool = aws_cognito_user_pool.pool.id
}
resource "aws_cognito_user_pool" "pool" {}
resource "aws_lambda_function" "fn" {
  function_name = "fn"
  environment {
    variables = { POOL = local.pool }
  }
}
resource "aws_lambda_permission" "p" {
  function_name = "fn"
  qualifier     = "live"
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.pool.arn
}
)");
  Model model = m.load(path);
  ASSERT_EQ(model.permissions.size(), 1u);
  const auto &p = model.permissions[0];
  ASSERT_EQ(p.function.size(), 1u);
  EXPECT_EQ(p.function[0].form, tl::model::Target::Form::Literal);
  EXPECT_EQ(p.function[0].function, model.functions.at(0).key) << "a literal name links to the module's function";
  EXPECT_EQ(p.function[0].qualifier, "live");
  EXPECT_TRUE(p.hasSourceArn);
  ASSERT_EQ(p.sourceArn.size(), 1u);
  EXPECT_EQ(p.sourceArn[0].resourceType, "AWS::Cognito::UserPool");
  bool fnToPool = false;
  for (const auto &ref : model.references)
    if (ref.from == "aws_lambda_function.fn" && ref.to == "aws_cognito_user_pool.pool") {
      fnToPool = true;
      EXPECT_EQ(ref.loc.line, 8u) << "through a local: the edge is where the local is used";
      EXPECT_EQ(ref.path, "environment.variables");
    }
  EXPECT_TRUE(fnToPool);
}

TEST(TerraformFrontend, JsonSyntaxMixesWithNativeFiles) {
  Module m("json");
  m.write("vars.tf", "variable \"t\" {\n  default = 12\n}\n");
  const std::string path = m.write("main.tf.json", R"({
  "resource": {
    "aws_cognito_user_pool": {
      "pool": {"lambda_config": [{"pre_sign_up": "${aws_lambda_function.fn.arn}"}]}
    },
    "aws_lambda_function": {
      "fn": {"function_name": "fn-${var.t}", "timeout": "${var.t}", "//": "a comment"}
    }
  }
}
)");
  Model model = m.load(path);
  ASSERT_EQ(model.pools.size(), 1u);
  ASSERT_EQ(model.pools[0].triggers.size(), 1u);
  const auto &binding = model.pools[0].triggers[0];
  EXPECT_EQ(binding.keyLoc.line, 4u);
  ASSERT_EQ(binding.targets.size(), 1u);
  EXPECT_EQ(binding.targets[0].attribute, "Arn");
  EXPECT_EQ(binding.targets[0].loc.column, 53u) << "the reference inside the string";
  ASSERT_EQ(model.functions.size(), 1u);
  EXPECT_EQ(model.functions[0].name, "fn-12");
  ASSERT_EQ(model.functions[0].timeout.size(), 1u);
  EXPECT_EQ(*model.functions[0].timeout[0].value, "12");
  EXPECT_EQ(model.functions[0].timeout[0].origin, tl::model::Origin::ParameterDefault);
}

TEST(TerraformFrontend, SyntaxProblemsHaveLocations) {
  Module m("broken");
  const std::string path = m.write("main.tf", "resource \"aws_lambda_function\" \"fn\" {\n  timeout = \n}\n");
  Model model = m.load(path);
  ASSERT_FALSE(model.problems.empty());
  EXPECT_EQ(model.problems[0].loc.line, 2u);
}

} // namespace
