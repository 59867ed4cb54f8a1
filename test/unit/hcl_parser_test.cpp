#include "hcl/parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using tl::hcl::Expression;
using tl::hcl::TemplatePart;
using tl::hcl::TraversalStep;
using Kind = Expression::Kind;

const Expression &attr(const tl::hcl::Body &body, const std::string &name) {
  for (const auto &a : body.attributes)
    if (a.name == name)
      return *a.value;
  ADD_FAILURE() << "no attribute " << name;
  static const Expression none;
  return none;
}

std::string problems(const tl::hcl::File &f) {
  std::string out;
  for (const auto &p : f.problems)
    out += std::to_string(p.offset) + ": " + p.message + "\n";
  return out;
}

TEST(HclParser, BlocksLabelsAndAttributes) {
  const std::string text = R"(resource "aws_cognito_user_pool" "pool" {
  name = "members"
  lambda_config {
    post_authentication = aws_lambda_function.post_auth.arn
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.token.qualified_arn
      lambda_version = "V2_0"
    }
  }
}
locals { timeout = 3 }
)";
  auto f = tl::hcl::parse(text);
  EXPECT_EQ(problems(f), "");
  ASSERT_EQ(f.body.blocks.size(), 2u);
  const auto &pool = f.body.blocks[0];
  EXPECT_EQ(pool.type, "resource");
  ASSERT_EQ(pool.labels.size(), 2u);
  EXPECT_EQ(pool.labels[0], "aws_cognito_user_pool");
  EXPECT_EQ(pool.labels[1], "pool");
  EXPECT_EQ(pool.labelOffsets[1], text.find("\"pool\""));
  EXPECT_EQ(attr(pool.body, "name").text, "members");
  ASSERT_EQ(pool.body.blocks.size(), 1u);
  const auto &config = pool.body.blocks[0];
  const Expression &post = attr(config.body, "post_authentication");
  ASSERT_EQ(post.kind, Kind::Traversal);
  EXPECT_EQ(post.root, "aws_lambda_function");
  ASSERT_EQ(post.steps.size(), 2u);
  EXPECT_EQ(post.steps[0].key, "post_auth");
  EXPECT_EQ(post.steps[1].key, "arn");
  EXPECT_EQ(post.offset, text.find("aws_lambda_function.post_auth"));
  ASSERT_EQ(config.body.blocks.size(), 1u);
  EXPECT_EQ(attr(config.body.blocks[0].body, "lambda_version").text, "V2_0");
  EXPECT_EQ(attr(f.body.blocks[1].body, "timeout").text, "3");
}

TEST(HclParser, CommentsInTheThreeStyles) {
  auto f = tl::hcl::parse("# hash\n// slashes\n/* block\n   comment */ a = 1 # trailing\nb = /* inline */ 2 // end\n");
  EXPECT_EQ(problems(f), "");
  EXPECT_EQ(attr(f.body, "a").text, "1");
  EXPECT_EQ(attr(f.body, "b").text, "2");
}

TEST(HclParser, LiteralsAndNegativeNumbers) {
  auto f = tl::hcl::parse("a = -1\nb = 2.5e3\nc = true\nd = null\ne = \"x\\ty\\u00e9\\\"\"\n");
  EXPECT_EQ(problems(f), "");
  EXPECT_EQ(attr(f.body, "a").kind, Kind::Number);
  EXPECT_EQ(attr(f.body, "a").text, "-1");
  EXPECT_EQ(attr(f.body, "b").text, "2.5e3");
  EXPECT_EQ(attr(f.body, "c").kind, Kind::Bool);
  EXPECT_EQ(attr(f.body, "d").kind, Kind::Null);
  EXPECT_EQ(attr(f.body, "e").text, "x\ty\xC3\xA9\"");
}

TEST(HclParser, TemplatesKeepInterpolations) {
  auto f = tl::hcl::parse(
      R"(source_arn = "arn:aws:cognito-idp:${var.region}:${data.aws_caller_identity.current.account_id}:userpool/*"
escaped = "$${literal} and %%{not a directive}"
directive = "%{ if var.on }on%{ endif }"
)");
  EXPECT_EQ(problems(f), "");
  const Expression &arn = attr(f.body, "source_arn");
  ASSERT_EQ(arn.kind, Kind::Template);
  ASSERT_EQ(arn.parts.size(), 5u);
  EXPECT_EQ(arn.parts[0].text, "arn:aws:cognito-idp:");
  ASSERT_EQ(arn.parts[1].kind, TemplatePart::Kind::Interpolation);
  EXPECT_EQ(arn.parts[1].expression->root, "var");
  EXPECT_EQ(arn.parts[3].expression->steps.back().key, "account_id");
  EXPECT_EQ(arn.parts[4].text, ":userpool/*");
  EXPECT_EQ(attr(f.body, "escaped").kind, Kind::String);
  EXPECT_EQ(attr(f.body, "escaped").text, "${literal} and %{not a directive}");
  const Expression &directive = attr(f.body, "directive");
  ASSERT_EQ(directive.kind, Kind::Template);
  EXPECT_EQ(directive.parts.front().kind, TemplatePart::Kind::Directive);
}

TEST(HclParser, Heredocs) {
  auto f = tl::hcl::parse("policy = <<EOT\n{\"a\": \"${var.x}\"}\nEOT\nindented = <<-EOT\n    line one\n      line "
                          "two\n    EOT\nafter = 1\n");
  EXPECT_EQ(problems(f), "");
  const Expression &policy = attr(f.body, "policy");
  ASSERT_EQ(policy.kind, Kind::Template);
  EXPECT_EQ(policy.parts[0].text, "{\"a\": \"");
  EXPECT_EQ(policy.parts[1].expression->root, "var");
  EXPECT_EQ(policy.parts[2].text, "\"}\n");
  EXPECT_EQ(attr(f.body, "indented").text, "line one\n  line two\n");
  EXPECT_EQ(attr(f.body, "after").text, "1");
}

TEST(HclParser, CollectionsCallsAndOperators) {
  auto f = tl::hcl::parse(R"(tags = {
  Name = "x"
  "quoted key": 1,
  (var.k) = 2
}
list = [1, "two", var.three,]
joined = join(",", concat(var.a, ["b"])...)
arn = provider::aws::arn_build("aws", "lambda", "", "", "x")
cond = var.enabled ? aws_lambda_function.a.arn : null
sum = 1 + 2 * 3 == 7 && !var.off || var.on
)");
  EXPECT_EQ(problems(f), "");
  const Expression &tags = attr(f.body, "tags");
  ASSERT_EQ(tags.kind, Kind::Object);
  ASSERT_EQ(tags.keys.size(), 3u);
  EXPECT_EQ(tags.keys[0]->root, "Name");
  EXPECT_EQ(tags.keys[1]->text, "quoted key");
  EXPECT_EQ(tags.keys[2]->kind, Kind::Parenthesized);
  EXPECT_EQ(attr(f.body, "list").operands.size(), 3u);
  const Expression &joined = attr(f.body, "joined");
  ASSERT_EQ(joined.kind, Kind::Call);
  EXPECT_EQ(joined.root, "join");
  EXPECT_TRUE(joined.expandFinal);
  EXPECT_EQ(attr(f.body, "arn").root, "provider::aws::arn_build");
  const Expression &cond = attr(f.body, "cond");
  ASSERT_EQ(cond.kind, Kind::Conditional);
  EXPECT_EQ(cond.operands[1]->steps.back().key, "arn");
  const Expression &sum = attr(f.body, "sum");
  ASSERT_EQ(sum.kind, Kind::Operation);
  EXPECT_EQ(sum.text, "||");
  EXPECT_EQ(sum.operands[0]->text, "&&");
}

TEST(HclParser, SplatsIndexesAndForExpressionsAreKept) {
  auto f = tl::hcl::parse(R"(a = aws_lambda_function.fn[0].arn
b = aws_lambda_function.fn["key"].arn
c = aws_lambda_function.fn[*].arn
d = var.list.*.id
e = local.m[var.k]
f = [for s in var.list : upper(s) if s != ""]
g = {for k, v in var.m : k => v... if v != null}
)");
  EXPECT_EQ(problems(f), "");
  const Expression &a = attr(f.body, "a");
  ASSERT_EQ(a.steps.size(), 3u);
  EXPECT_EQ(a.steps[1].kind, TraversalStep::Kind::Index);
  EXPECT_EQ(a.steps[1].key, "0");
  EXPECT_EQ(attr(f.body, "b").steps[1].key, "key");
  EXPECT_EQ(attr(f.body, "c").steps[1].kind, TraversalStep::Kind::Splat);
  EXPECT_EQ(attr(f.body, "d").steps[1].kind, TraversalStep::Kind::Splat);
  EXPECT_EQ(attr(f.body, "e").steps[1].kind, TraversalStep::Kind::DynamicIndex);
  EXPECT_EQ(attr(f.body, "f").kind, Kind::For);
  EXPECT_EQ(attr(f.body, "f").operands.size(), 3u);
  EXPECT_EQ(attr(f.body, "g").kind, Kind::For);
  EXPECT_EQ(attr(f.body, "g").operands.size(), 4u);
}

TEST(HclParser, ProblemsHavePositionsAndTheParseGoesOn) {
  const std::string text = "a = \nb = \"unterminated\nc = 3\nd = [1 2]\ne = 5\nblock {\n";
  auto f = tl::hcl::parse(text);
  ASSERT_GE(f.problems.size(), 4u) << problems(f);
  EXPECT_EQ(f.problems[0].offset, text.find("\nb"));
  EXPECT_EQ(f.problems[1].offset, text.find("\"unterminated"));
  EXPECT_EQ(f.problems.back().message, "a block is not closed: '}' is missing");
  EXPECT_EQ(attr(f.body, "c").text, "3");
  EXPECT_EQ(attr(f.body, "e").text, "5");
}

TEST(HclParser, Terraform011QuotedAttributeNames) {
  auto f = tl::hcl::parse("roles {\n  \"authenticated\" = \"${aws_iam_role.cognito.arn}\"\n}\n");
  EXPECT_EQ(problems(f), "");
  ASSERT_EQ(f.body.blocks.size(), 1u);
  EXPECT_EQ(f.body.blocks[0].body.attributes.at(0).name, "authenticated");
  EXPECT_FALSE(tl::hcl::parse("\"label\" {\n}\n").problems.empty());
}

// Every public Terraform file of the corpus (../shared/corpus/terraform, written by others, from
// Terraform 0.11 to 1.x) parses without a problem.
TEST(HclParser, CorpusFilesParse) {
  const std::filesystem::path corpus = std::filesystem::path(TL_SOURCE_DIR) / ".." / "shared" / "corpus" / "terraform";
  if (!std::filesystem::is_directory(corpus))
    GTEST_SKIP() << "../shared/corpus is not there";
  size_t files = 0;
  for (const auto &entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tf")
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(problems(tl::hcl::parse(text.str())), "") << entry.path();
    ++files;
  }
  EXPECT_GE(files, 29u);
}

TEST(HclParser, HostileInputEndsWithAProblem) {
  EXPECT_FALSE(tl::hcl::parse(std::string(100000, '[')).problems.empty());
  EXPECT_FALSE(tl::hcl::parse("a = " + std::string(100000, '(')).problems.empty());
  EXPECT_FALSE(tl::hcl::parse("a = " + std::string(100000, '-') + "1").problems.empty());
  EXPECT_FALSE(tl::hcl::parse(std::string(5000, '{')).problems.empty());
  std::string nested;
  for (int i = 0; i < 1000; ++i)
    nested += "b {\n";
  EXPECT_FALSE(tl::hcl::parse(nested).problems.empty());
  EXPECT_FALSE(tl::hcl::parse("a = \"${\"${\"${").problems.empty());
  EXPECT_FALSE(tl::hcl::parse("x = <<EOT\nno end").problems.empty());
  EXPECT_FALSE(tl::hcl::parse("/* open").problems.empty());
  // A backslash as the last byte (fuzzer): no offset past the end of the input.
  for (const std::string text : {"a = \"x\\", "a = [\"\\", "a = [ ) \"\\"}) {
    auto f = tl::hcl::parse(text);
    EXPECT_FALSE(f.problems.empty()) << text;
    for (const auto &p : f.problems)
      EXPECT_LE(p.offset, text.size()) << text;
    for (const auto &a : f.body.attributes)
      EXPECT_LE(a.value->end, text.size()) << text;
  }
}

} // namespace
