#include "hcl/parser.h"
#include "terraform/module_index.h"
#include "terraform/values.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

using tl::terraform::ModuleIndex;
using tl::terraform::SourceFile;

struct Module {
  ModuleIndex index;
  const SourceFile *file = nullptr;

  explicit Module(const std::string &text) {
    auto f = std::make_unique<SourceFile>();
    f->path = "main.tf";
    f->text = text;
    f->syntax = tl::hcl::parse(f->text);
    EXPECT_TRUE(f->syntax.problems.empty()) << f->syntax.problems.front().message;
    file = f.get();
    index.add(std::move(f));
  }

  tl::model::Candidates resolve(const std::string &resource, const std::string &attribute) const {
    const tl::terraform::Resource *r = index.resource("aws_lambda_function", resource);
    EXPECT_NE(r, nullptr);
    const tl::hcl::Attribute *a = r ? r->attribute(attribute) : nullptr;
    return tl::terraform::resolveCandidates(index, *file, a ? a->value.get() : nullptr);
  }
};

TEST(TerraformValues, LiteralsVariablesAndLocals) {
  Module m(R"(variable "timeout" {
  default = 10
}
variable "name" {}
locals {
  a = local.b
  b = "from-local"
  loop = local.loop
}
resource "aws_lambda_function" "f" {
  timeout       = var.timeout
  memory_size   = 128
  function_name = var.name
  description   = local.a
  handler       = local.loop
  runtime       = null
  role          = aws_iam_role.r.arn
}
)");
  auto timeout = m.resolve("f", "timeout");
  ASSERT_EQ(timeout.size(), 1u);
  EXPECT_EQ(timeout[0].value->str(), "10");
  EXPECT_EQ(timeout[0].origin, tl::model::Origin::ParameterDefault);
  EXPECT_EQ(timeout[0].originName.str(), "var.timeout");
  EXPECT_EQ(timeout[0].originLoc.line, 1u);
  EXPECT_EQ(timeout[0].originLoc.column, 10u);
  EXPECT_EQ(timeout[0].loc.line, 11u); // where the reference is written
  EXPECT_EQ(timeout[0].loc.column, 19u);
  EXPECT_EQ(m.resolve("f", "memory_size")[0].value->str(), "128");
  EXPECT_EQ(m.resolve("f", "memory_size")[0].origin, tl::model::Origin::Literal);
  auto name = m.resolve("f", "function_name");
  ASSERT_EQ(name.size(), 1u);
  EXPECT_FALSE(name[0].value); // no default: known only at plan time
  EXPECT_EQ(m.resolve("f", "description")[0].value->str(), "from-local");
  auto loop = m.resolve("f", "handler");
  ASSERT_EQ(loop.size(), 1u);
  EXPECT_FALSE(loop[0].value);
  EXPECT_TRUE(m.resolve("f", "runtime").empty()); // null: not set
  auto role = m.resolve("f", "role");
  ASSERT_EQ(role.size(), 1u);
  EXPECT_FALSE(role[0].value);
}

TEST(TerraformValues, TemplatesAndConditionals) {
  Module m(R"(variable "region" {
  default = "eu-west-1"
}
variable "prod" {
  default = false
}
resource "aws_lambda_function" "f" {
  description = "arn:aws:cognito-idp:${var.region}:${data.aws_caller_identity.current.account_id}:userpool/*"
  timeout     = var.prod ? 10 : 3
  memory_size = var.prod && var.big ? 1024 : 128
}
)");
  auto arn = m.resolve("f", "description");
  ASSERT_EQ(arn.size(), 1u);
  EXPECT_EQ(arn[0].value->str(),
            "arn:aws:cognito-idp:eu-west-1:${data.aws_caller_identity.current.account_id}:userpool/*");
  EXPECT_TRUE(arn[0].partial);
  EXPECT_EQ(arn[0].origin, tl::model::Origin::ParameterDefault);
  auto timeout = m.resolve("f", "timeout");
  ASSERT_EQ(timeout.size(), 2u);
  EXPECT_EQ(timeout[0].value->str(), "10");
  EXPECT_EQ(timeout[0].condition.text(), "var.prod");
  EXPECT_EQ(timeout[1].value->str(), "3");
  EXPECT_EQ(timeout[1].condition.text(), "!var.prod");
  EXPECT_TRUE(timeout[0].condition.excludes(timeout[1].condition));
  auto memory = m.resolve("f", "memory_size");
  ASSERT_EQ(memory.size(), 2u);
  EXPECT_EQ(memory[0].condition.text(), "(var.prod and var.big)");
  EXPECT_EQ(memory[1].condition.text(), "!(var.prod and var.big)");
}

TEST(TerraformValues, IndexFindsBlocksAcrossFiles) {
  ModuleIndex index;
  for (const char *text : {"resource \"aws_lambda_function\" \"a\" {\n  count = 2\n}\n",
                           "data \"archive_file\" \"a\" {\n  source_dir = \"src\"\n}\nvariable \"v\" {}\n"}) {
    auto f = std::make_unique<SourceFile>();
    f->path = "f.tf";
    f->text = text;
    f->syntax = tl::hcl::parse(f->text);
    index.add(std::move(f));
  }
  ASSERT_NE(index.resource("aws_lambda_function", "a"), nullptr);
  EXPECT_NE(index.resource("aws_lambda_function", "a")->count, nullptr);
  EXPECT_EQ(index.resource("archive_file", "a"), nullptr);
  ASSERT_NE(index.resource("archive_file", "a", true), nullptr);
  EXPECT_NE(index.resource("archive_file", "a", true)->attribute("source_dir"), nullptr);
  EXPECT_TRUE(index.hasVariable("v"));
  EXPECT_EQ(index.variableDefault("v").value, nullptr);
  EXPECT_FALSE(index.hasVariable("w"));
}

} // namespace
