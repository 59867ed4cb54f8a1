// `triggerlint collect`: trigger ARNs from describe-user-pool, CLI error parsing, redaction, the
// dump directory, and whole collections against a fake `aws` script.
#include "awsjson/dump_files.h"
#include "collect/aws_cli.h"
#include "collect/collect.h"
#include "collect/collect_manifest.h"
#include "collect/dump_directory.h"
#include "collect/error_record.h"
#include "collect/redaction.h"
#include "collect/trigger_arns.h"
#include "document/node.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using tl::collect::CollectOptions;
using tl::collect::CollectReport;

// A directory of its own per test (ctest runs tests in parallel), removed afterwards.
class TempDir {
public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tl-collect-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
      path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  const fs::path &path() const { return path_; }

private:
  fs::path path_;
};

// Sets (or unsets) an environment variable for one test.
class ScopedEnv {
public:
  ScopedEnv(const char *name, const char *value) : name_(name) {
    if (const char *old = std::getenv(name))
      old_ = old;
    if (value)
      ::setenv(name, value, 1);
    else
      ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_.c_str(), old_->c_str(), 1);
    else
      ::unsetenv(name_.c_str());
  }
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
  std::string name_;
  std::optional<std::string> old_;
};

std::string readFile(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFile(const fs::path &p, const std::string &text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::vector<std::string> lines(const std::string &text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

std::vector<std::string> listDir(const fs::path &dir) {
  std::vector<std::string> out;
  for (const auto &e : fs::directory_iterator(dir))
    out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

struct Parsed {
  tl::doc::Document doc;
};

std::unique_ptr<Parsed> parse(const std::string &text) {
  auto p = std::make_unique<Parsed>();
  p->doc.path = "test.json";
  p->doc.text = text;
  tl::doc::readJson(p->doc);
  return p;
}

// A stand-in for the AWS CLI: a shell script that logs its arguments and environment and answers
// each call (operation + subject, the value of --user-pool-id, --function-name or --next-token)
// from files the test writes next to it.
class FakeAws {
public:
  explicit FakeAws(fs::path dir) : dir_(std::move(dir)) {
    fs::create_directories(dir_);
    writeFile(
        dir_ / "aws",
        "#!/bin/sh\n"
        "dir='" +
            dir_.string() +
            "'\n"
            "echo \"$*\" >> \"$dir/calls.log\"\n"
            "echo \"AWS_PAGER=[${AWS_PAGER-unset}] AWS_CLI_AUTO_PROMPT=[${AWS_CLI_AUTO_PROMPT-unset}]\" "
            ">> \"$dir/env.log\"\n"
            "op=$2; subject=; prev=\n"
            "for a in \"$@\"; do\n"
            "  case \"$prev\" in --user-pool-id|--function-name|--next-token) subject=\"$subject$a\";; esac\n"
            "  prev=$a\n"
            "done\n"
            "key=$(printf '%s' \"$op.$subject\" | tr -c 'A-Za-z0-9_.-' '_')\n"
            "[ -f \"$dir/$key.hang\" ] && sleep 30\n"
            "[ -f \"$dir/$key.out\" ] && cat \"$dir/$key.out\"\n"
            "if [ -f \"$dir/$key.err\" ]; then cat \"$dir/$key.err\" >&2; exit \"$(cat \"$dir/$key.code\")\"; fi\n"
            "[ -f \"$dir/$key.out\" ] || [ -f \"$dir/$key.empty\" ] || { echo \"fake aws: no answer for $key\" >&2; "
            "exit 255; }\n"
            "exit 0\n");
    fs::permissions(dir_ / "aws", fs::perms::owner_all);
  }
  std::string path() const { return (dir_ / "aws").string(); }

  void answer(const std::string &op, const std::string &subject, const std::string &stdoutText) {
    writeFile(file(op, subject, ".out"), stdoutText);
  }
  void empty(const std::string &op, const std::string &subject) { writeFile(file(op, subject, ".empty"), ""); }
  void fail(const std::string &op, const std::string &subject, const std::string &stderrText, int code = 254) {
    writeFile(file(op, subject, ".err"), stderrText);
    writeFile(file(op, subject, ".code"), std::to_string(code));
  }
  void hang(const std::string &op, const std::string &subject) {
    writeFile(file(op, subject, ".hang"), "");
    empty(op, subject);
  }
  std::vector<std::string> calls() const { return lines(readFile(dir_ / "calls.log")); }
  std::vector<std::string> env() const { return lines(readFile(dir_ / "env.log")); }

private:
  fs::path dir_;

  fs::path file(const std::string &op, const std::string &subject, const std::string &suffix) const {
    std::string key = op + "." + subject;
    for (char &c : key)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' && c != '-')
        c = '_';
    return dir_ / (key + suffix);
  }
};

constexpr const char *kArnA = "arn:aws:lambda:us-east-1:123456789012:function:fn-a";
constexpr const char *kArnB = "arn:aws:lambda:us-east-1:123456789012:function:fn-b";
constexpr const char *kArnBLive = "arn:aws:lambda:us-east-1:123456789012:function:fn-b:live";
constexpr const char *kArnC = "arn:aws:lambda:us-east-1:123456789012:function:fn-c";

const std::string kPoolP1 = R"({
    "UserPool": {
        "Id": "us-east-1_P1",
        "Name": "p1",
        "LambdaConfig": {
            "PreSignUp": "arn:aws:lambda:us-east-1:123456789012:function:fn-a",
            "PostAuthentication": "arn:aws:lambda:us-east-1:123456789012:function:fn-b:live",
            "PreTokenGeneration": "arn:aws:lambda:us-east-1:123456789012:function:fn-a",
            "PreTokenGenerationConfig": {
                "LambdaVersion": "V2_0",
                "LambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:fn-a"
            },
            "CustomEmailSender": {
                "LambdaVersion": "V1_0",
                "LambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:fn-c"
            },
            "KMSKeyID": "arn:aws:kms:us-east-1:123456789012:key/k"
        },
        "UserPoolTier": "ESSENTIALS"
    }
}
)";

const std::string kPoolP2 = R"({"UserPool": {"Id": "us-east-1_P2", "LambdaConfig": {
  "PreSignUp": "arn:aws:lambda:us-east-1:123456789012:function:fn-a"}, "UserPoolTier": "LITE"}}
)";

std::string configOf(const std::string &arn) { return "{\"FunctionArn\": \"" + arn + "\", \"Timeout\": 3}\n"; }

constexpr const char *kNoPolicy = "\nAn error occurred (ResourceNotFoundException) when calling the GetPolicy "
                                  "operation: The resource you requested does not exist.\n";

// Everything a pool with functions fn-a, fn-b:live and fn-c answers; fn-c has no policy and fn-b
// no reserved concurrency (the CLI prints nothing for an empty object).
void answerPoolP1(FakeAws &aws) {
  aws.answer("describe-user-pool", "us-east-1_P1", kPoolP1);
  for (const char *arn : {kArnA, kArnBLive, kArnC})
    aws.answer("get-function-configuration", arn, configOf(arn));
  aws.answer("get-policy", kArnA, "{\"Policy\": \"{}\"}\n");
  aws.answer("get-policy", kArnBLive, "{\"Policy\": \"{}\"}\n");
  aws.fail("get-policy", kArnC, kNoPolicy);
  aws.answer("get-function-concurrency", kArnA, "{\n    \"ReservedConcurrentExecutions\": 0\n}\n");
  aws.empty("get-function-concurrency", kArnB);
  aws.answer("get-function-concurrency", kArnC, "{\"ReservedConcurrentExecutions\": 5}\n");
}

struct Outcome {
  CollectReport report;
  std::string err;
};

Outcome runCollect(const FakeAws &aws, const fs::path &out, std::vector<std::string> poolIds = {},
                   std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
  CollectOptions options;
  options.outDir = out.string();
  options.cli.path = aws.path();
  options.cli.region = "us-east-1";
  options.cli.timeout = timeout;
  options.poolIds = std::move(poolIds);
  std::ostringstream err;
  Outcome run{tl::collect::collect(options, err), ""};
  run.err = err.str();
  return run;
}

// --- trigger ARNs --------------------------------------------------------------------------

TEST(CollectTriggerArns, EveryStringAndLambdaArnOnceExceptTheKmsKey) {
  auto p = parse(kPoolP1);
  ASSERT_NE(p->doc.root, nullptr);
  EXPECT_EQ(tl::collect::triggerArns(*p->doc.root), (std::vector<std::string>{kArnA, kArnBLive, kArnC}));
}

TEST(CollectTriggerArns, IgnoresOtherShapesAndNonStrings) {
  for (const char *text :
       {R"({"UserPools": []})", R"({"UserPool": {"Id": "x"}})", R"({"UserPool": {"LambdaConfig": []}})", R"([1, 2])"}) {
    auto p = parse(text);
    ASSERT_NE(p->doc.root, nullptr) << text;
    EXPECT_TRUE(tl::collect::triggerArns(*p->doc.root).empty()) << text;
  }
  auto p = parse(R"({"UserPool": {"LambdaConfig": {"PreSignUp": 12, "CustomMessage": null, "UserMigration": "",
    "CustomSMSSender": {"LambdaArn": 7}, "PostConfirmation": "arn:aws:lambda:eu-west-1:1:function:x"}}})");
  EXPECT_EQ(tl::collect::triggerArns(*p->doc.root),
            (std::vector<std::string>{"arn:aws:lambda:eu-west-1:1:function:x"}));
}

// --- CLI messages --------------------------------------------------------------------------

TEST(CollectCliErrors, ParsesTheErrorCode) {
  EXPECT_EQ(tl::collect::parseErrorCode(kNoPolicy), "ResourceNotFoundException");
  EXPECT_EQ(tl::collect::parseErrorCode("An error occurred (AccessDeniedException) when calling the GetPolicy "
                                        "operation: User: arn:aws:iam::1:user/x is not authorized"),
            "AccessDeniedException");
  EXPECT_EQ(tl::collect::parseErrorCode("An error occurred (404) when calling the GetPolicy operation: Not Found"),
            "404");
  EXPECT_EQ(tl::collect::parseErrorCode("Could not connect to the endpoint URL: \"http://127.0.0.1:1/\""), "");
  EXPECT_EQ(tl::collect::parseErrorCode("An error occurred (not a code) when"), "");
  EXPECT_EQ(tl::collect::parseErrorCode("An error occurred ("), "");
}

TEST(CollectCliErrors, SummaryLineIsTheServiceErrorOrTheLastLine) {
  EXPECT_EQ(tl::collect::summaryLine("usage: aws [options]\nTo see help text\n\naws: error: argument --region: "
                                     "expected one argument\n"),
            "aws: error: argument --region: expected one argument");
  EXPECT_EQ(tl::collect::summaryLine("warning: something\n" + std::string(kNoPolicy) + "\ntrailing"),
            "An error occurred (ResourceNotFoundException) when calling the GetPolicy operation: The resource you "
            "requested does not exist.");
  EXPECT_EQ(tl::collect::summaryLine(""), "");
}

TEST(CollectRedaction, AccessKeyIdsAndSecretValues) {
  const std::vector<std::string> secrets{"s3cr3t/Value+x", "TOKENs3cr3t/Value+xMORE"};
  EXPECT_EQ(tl::collect::redactSecrets("key AKIAIOSFODNN7EXAMPLE and ASIAABCDEFGHIJKLMNOP.", {}),
            "key [REDACTED] and [REDACTED].");
  // Too short, lower case, or another prefix: not a key id.
  EXPECT_EQ(tl::collect::redactSecrets("AKIAIOSFODNN7EXAMPL AKIAiosfodnn7example AIDAIOSFODNN7EXAMPLE", {}),
            "AKIAIOSFODNN7EXAMPL AKIAiosfodnn7example AIDAIOSFODNN7EXAMPLE");
  // The longer secret first: the token must not be left half visible.
  EXPECT_EQ(tl::collect::redactSecrets("a TOKENs3cr3t/Value+xMORE b s3cr3t/Value+x c", secrets),
            "a [REDACTED] b [REDACTED] c");
  EXPECT_EQ(tl::collect::redactSecrets("nothing", {""}), "nothing");
}

// The secret of a --profile is in no environment variable: it is found by its shape, also
// JSON-escaped, and so are session tokens and credential assignments.
TEST(CollectRedaction, SecretsByShape) {
  using tl::collect::redactSecrets;
  const std::string key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  EXPECT_EQ(redactSecrets("secret " + key + ".", {}), "secret [REDACTED].");
  EXPECT_EQ(redactSecrets("\"wJalrXUtnFEMI\\/K7MDENG\\/bPxRfiCYEXAMPLEKEY\"", {}), "\"[REDACTED]\"");
  EXPECT_EQ(redactSecrets("wJalrXUtnFEMI\\\\/K7MDENG\\\\/bPxRfiCYEXAMPLEKEY", {}), "[REDACTED]");
  EXPECT_EQ(redactSecrets("line\\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", {}), "line\\n[REDACTED]");
  EXPECT_EQ(redactSecrets("abcdefghijABCDEFGHIJabcdefghijABCDEFGHI1", {}), "[REDACTED]");
  EXPECT_EQ(redactSecrets("token FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotPrintMe== end", {}), "token [REDACTED] end");
  EXPECT_EQ(redactSecrets("IQoJb3JpZ2luX2VjEXAMPLE/SESSION+TOKENvalue0123", {}), "[REDACTED]");
  EXPECT_EQ(redactSecrets("x " + std::string(200, 'a') + " y", {}), "x [REDACTED] y");
}

TEST(CollectRedaction, CredentialAssignments) {
  using tl::collect::redactSecrets;
  EXPECT_EQ(redactSecrets("aws_secret_access_key = short-not-shaped\naws_session_token=tok, line 3", {}),
            "aws_secret_access_key = [REDACTED]\naws_session_token=[REDACTED], line 3");
  EXPECT_EQ(redactSecrets("{\"SecretAccessKey\": \"abc def\", \"SessionToken\":\"t\", \"Expiration\": \"x\"}", {}),
            "{\"SecretAccessKey\": \"[REDACTED]\", \"SessionToken\":\"[REDACTED]\", \"Expiration\": \"x\"}");
  EXPECT_EQ(redactSecrets("{'aws_security_token': 'abc'} AWS_SECRET_ACCESS_KEY=xyz", {}),
            "{'aws_security_token': '[REDACTED]'} AWS_SECRET_ACCESS_KEY=[REDACTED]");
  EXPECT_EQ(redactSecrets("\"{\\\"SessionToken\\\": \\\"abc\\\"}\"", {}), "\"{\\\"SessionToken\\\": \\\"[REDACTED]\\\"}\"");
  // Naming a credential is no assignment of one.
  const std::string partial = "Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN";
  EXPECT_EQ(redactSecrets(partial, {}), partial);
  EXPECT_EQ(redactSecrets("my_aws_secret_access_key_name = x", {}), "my_aws_secret_access_key_name = x");
}

// What the CLI prints about pools and functions must come through unchanged.
TEST(CollectRedaction, LeavesDumpContentAlone) {
  using tl::collect::redactSecrets;
  for (const std::string text : {
           "\"CodeSha256\": \"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEYabc12=\"",
           "\"CodeSha256\": \"YFgDgEKG3ugvF1+pX64gV6tu9qNuIYNUdgJm8nCxsSU=\"",
           "\"RevisionId\": \"8f2b6c1a-4e9d-4b7a-9c3e-2d1f0a9b8c7d\"",
           "arn:aws:lambda:us-east-1:123456789012:function:MyStack-PreSignUpFunction-1A2B3C4D5E6F:live",
           "arn:aws:iam::123456789012:role/service-role/pre-signup-role-abc123",
           "us-east-1_AAAAAAAAA 123456789012 audit-pool-a",
           "commit 3f786850e387550fdab836ed7e6dc881de23001b and 3F786850E387550FDAB836ED7E6DC881DE23001B",
           "averyveryverylongfunctionnamewithnodashes ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGH12",
           "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY1",
           "\"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Id\\\":\\\"default\\\"}\"",
       })
    EXPECT_EQ(redactSecrets(text, {}), text);
  // A 40-character name of mixed case with a digit has a secret key's shape: in a message it goes,
  // in an answer (where names must stay joinable) only unambiguous shapes do.
  using tl::collect::RedactionScope;
  const std::string name = "\"FunctionName\": \"IdTokenAndV1ShapesAreNotAccessTokenEdits\"";
  EXPECT_EQ(redactSecrets(name, {}, RedactionScope::Answer), name);
  EXPECT_EQ(redactSecrets(name, {}, RedactionScope::Message), "\"FunctionName\": \"[REDACTED]\"");
  const std::string answer = "{\"Environment\": {\"Variables\": {\"AWS_SECRET_ACCESS_KEY\": \"x\", \"K\": "
                             "\"AKIAIOSFODNN7EXAMPLE\", \"T\": \"FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotPrintMe\"}}}";
  EXPECT_EQ(redactSecrets(answer, {}, RedactionScope::Answer),
            "{\"Environment\": {\"Variables\": {\"AWS_SECRET_ACCESS_KEY\": \"[REDACTED]\", \"K\": \"[REDACTED]\", "
            "\"T\": \"[REDACTED]\"}}}");
}

// Every recorded AWS CLI answer and dump the tests and fixtures hold reads the same redacted.
TEST(CollectRedaction, LeavesTheRecordedDumpsAlone) {
  size_t files = 0;
  for (const char *dir : {"/fixtures", "/test"}) {
    for (const auto &entry : fs::recursive_directory_iterator(std::string(TL_SOURCE_DIR) + dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json")
        continue;
      const std::string text = readFile(entry.path());
      if (text.find("\"UserPool") == std::string::npos && text.find("\"FunctionArn\"") == std::string::npos &&
          text.find("\"Policy\"") == std::string::npos)
        continue;
      ++files;
      EXPECT_EQ(tl::collect::redactSecrets(text, {}), text) << entry.path();
      EXPECT_EQ(tl::collect::redactSecrets(text, {}, tl::collect::RedactionScope::Answer), text) << entry.path();
    }
  }
  EXPECT_GT(files, 50u);
}

TEST(CollectRedaction, EscapedKnownSecretsToo) {
  const std::vector<std::string> secrets{"s3cr3t/v"};
  EXPECT_EQ(tl::collect::redactSecrets("a s3cr3t\\/v b", secrets), "a [REDACTED] b");
}

TEST(CollectRedaction, SecretsComeFromTheEnvironment) {
  ScopedEnv secret("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  ScopedEnv token("AWS_SESSION_TOKEN", "FwoGZXIvYXdzEXAMPLE");
  ScopedEnv legacy("AWS_SECURITY_TOKEN", nullptr);
  EXPECT_EQ(tl::collect::environmentSecrets(),
            (std::vector<std::string>{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "FwoGZXIvYXdzEXAMPLE"}));
}

TEST(CollectErrorRecord, IsOneJsonObjectInTheDocumentedShape) {
  std::string text = tl::collect::errorRecordJson(
      {"get-policy", kArnC, 254, "ResourceNotFoundException", "line \"one\"\nline two \xff"});
  auto p = parse(text);
  ASSERT_TRUE(p->doc.problems.empty()) << text;
  const tl::doc::Node *record = p->doc.root->find(tl::awsjson::kCollectErrorKey);
  ASSERT_NE(record, nullptr);
  ASSERT_EQ(record->entries().size(), 5u);
  const char *keys[] = {"Operation", "Subject", "ExitCode", "ErrorCode", "Message"};
  for (size_t i = 0; i < 5; ++i)
    EXPECT_EQ(record->entries()[i].key->value, keys[i]);
  EXPECT_EQ(record->find("Subject")->value, kArnC);
  EXPECT_EQ(record->find("ExitCode")->value, "254");
  EXPECT_FALSE(record->find("ExitCode")->quoted);
  EXPECT_EQ(record->find("Message")->value, "line \"one\"\nline two \xEF\xBF\xBD");
}

// --- finding the CLI -----------------------------------------------------------------------

TEST(CollectFindAwsCli, ExplicitThenEnvironmentThenPath) {
  TempDir tmp;
  fs::create_directories(tmp.path() / "bin1");
  fs::create_directories(tmp.path() / "bin2");
  writeFile(tmp.path() / "bin1" / "aws", "not executable");
  fs::permissions(tmp.path() / "bin1" / "aws", fs::perms::owner_read);
  writeFile(tmp.path() / "bin2" / "aws", "#!/bin/sh\n");
  fs::permissions(tmp.path() / "bin2" / "aws", fs::perms::owner_all);
  const std::string bin2Aws = (tmp.path() / "bin2" / "aws").string();

  // An empty PATH entry (the current directory) is never searched.
  ScopedEnv path("PATH", ("::" + (tmp.path() / "bin1").string() + ":" + (tmp.path() / "bin2").string()).c_str());
  ScopedEnv env("TRIGGERLINT_AWS", nullptr);
  EXPECT_EQ(tl::collect::findAwsCli(""), bin2Aws);
  EXPECT_EQ(tl::collect::findAwsCli("/bin/sh"), "/bin/sh");
  EXPECT_EQ(tl::collect::findAwsCli("/nonexistent/aws"), "");
  EXPECT_EQ(tl::collect::findAwsCli((tmp.path() / "bin1" / "aws").string()), "");
  EXPECT_EQ(tl::collect::findAwsCli("aws"), bin2Aws);
  {
    ScopedEnv chosen("TRIGGERLINT_AWS", "/bin/sh");
    EXPECT_EQ(tl::collect::findAwsCli(""), "/bin/sh");
    EXPECT_EQ(tl::collect::findAwsCli(bin2Aws), bin2Aws);
  }
  {
    ScopedEnv chosen("TRIGGERLINT_AWS", "/nonexistent/aws");
    EXPECT_EQ(tl::collect::findAwsCli(""), "");
  }
  ScopedEnv noPath("PATH", (tmp.path() / "bin1").string().c_str());
  EXPECT_EQ(tl::collect::findAwsCli(""), "");
}

TEST(CollectAwsArgv, PassesOnlyTheOptionsThatAreSet) {
  tl::collect::AwsCli cli;
  cli.path = "/usr/bin/aws";
  EXPECT_EQ(
      tl::collect::awsArgv(cli, {"lambda", "get-policy", "--function-name", kArnA}),
      (std::vector<std::string>{"/usr/bin/aws", "lambda", "get-policy", "--function-name", kArnA, "--output", "json"}));
  cli.region = "eu-west-1";
  cli.profile = "audit";
  cli.endpointUrl = "http://127.0.0.1:9";
  EXPECT_EQ(tl::collect::awsArgv(cli, {"cognito-idp", "list-user-pools"}),
            (std::vector<std::string>{"/usr/bin/aws", "cognito-idp", "list-user-pools", "--output", "json", "--region",
                                      "eu-west-1", "--profile", "audit", "--endpoint-url", "http://127.0.0.1:9"}));
}

// --- the dump directory --------------------------------------------------------------------

TEST(CollectDumpDirectory, CreatesOnlyTheLastLevel) {
  TempDir tmp;
  EXPECT_EQ(tl::collect::prepareDumpDirectory((tmp.path() / "dumps").string()), "");
  EXPECT_TRUE(fs::is_directory(tmp.path() / "dumps"));
  EXPECT_EQ(tl::collect::prepareDumpDirectory((tmp.path() / "dumps").string()), "");
  std::string missingParent = tl::collect::prepareDumpDirectory((tmp.path() / "no" / "dumps").string());
  EXPECT_NE(missingParent.find("its parent directory must exist"), std::string::npos) << missingParent;
  EXPECT_FALSE(fs::exists(tmp.path() / "no"));
  writeFile(tmp.path() / "file", "x");
  EXPECT_NE(tl::collect::prepareDumpDirectory((tmp.path() / "file").string()).find("not a directory"),
            std::string::npos);
}

TEST(CollectDumpDirectory, WritesAtomicallyAndNeverThroughASymlink) {
  TempDir tmp;
  const fs::path dir = tmp.path();
  writeFile(dir / "outside", "keep me");
  fs::create_symlink(dir / "outside", dir / "get-policy.fn.json.tmp");
  fs::create_symlink(dir / "outside", dir / "get-policy.fn.json");
  EXPECT_EQ(tl::collect::writeDumpFile(dir.string(), "get-policy.fn.json", "{\"Policy\": \"{}\"}\n"), "");
  EXPECT_EQ(readFile(dir / "outside"), "keep me");
  EXPECT_FALSE(fs::is_symlink(dir / "get-policy.fn.json"));
  EXPECT_EQ(readFile(dir / "get-policy.fn.json"), "{\"Policy\": \"{}\"}\n");
  EXPECT_FALSE(fs::exists(fs::symlink_status(dir / "get-policy.fn.json.tmp")));
  struct stat st {};
  ASSERT_EQ(::stat((dir / "get-policy.fn.json").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_NE(tl::collect::writeDumpFile((dir / "missing").string(), "x.json", "{}"), "");
}

TEST(CollectDumpDirectory, RemovesOnlyListedStaleDumpFiles) {
  TempDir tmp;
  const fs::path dir = tmp.path() / "out";
  fs::create_directories(dir);
  for (const char *name : {"list-user-pools.json", "get-policy.fn.json", "get-policy.fn.error.json",
                           "describe-user-pool.us-east-1_OLD.json", "get-function-concurrency.fn.json.tmp",
                           "get-policy.mine.json", "get-policy.mine.json.tmp", "notes.txt", "template.yaml"})
    writeFile(dir / name, "{}");
  fs::create_directories(dir / "get-policy.dir.json");
  writeFile(tmp.path() / "outside.json", "keep");
  fs::create_symlink(tmp.path() / "outside.json", dir / "get-function-configuration.link.json");
  const std::set<std::string> listed{"list-user-pools.json",         "get-policy.fn.json",
                                     "get-policy.fn.error.json",     "describe-user-pool.us-east-1_OLD.json",
                                     "get-function-concurrency.fn.json", "get-policy.dir.json",
                                     "get-function-configuration.link.json", "get-policy.gone.json"};
  auto removal = tl::collect::removeStaleDumps(dir.string(), listed, {"list-user-pools.json", "get-policy.fn.json"});
  EXPECT_EQ(removal.error, "");
  EXPECT_EQ(removal.removed,
            (std::vector<std::string>{"describe-user-pool.us-east-1_OLD.json", "get-function-configuration.link.json",
                                      "get-policy.fn.error.json"}));
  EXPECT_TRUE(removal.left.empty());
  // Unlisted files stay, however they are named; a link goes, never what it points to.
  EXPECT_EQ(listDir(dir), (std::vector<std::string>{"get-policy.dir.json", "get-policy.fn.json", "get-policy.mine.json",
                                                    "get-policy.mine.json.tmp", "list-user-pools.json", "notes.txt",
                                                    "template.yaml"}));
  EXPECT_EQ(readFile(tmp.path() / "outside.json"), "keep");
}

TEST(CollectDumpDirectory, RootFollowsNoSymlinkedDirectory) {
  TempDir tmp;
  fs::create_directories(tmp.path() / "real");
  fs::create_directory_symlink(tmp.path() / "real", tmp.path() / "link");
  const std::string link = (tmp.path() / "link").string();
  EXPECT_EQ(tl::collect::prepareDumpDirectory(link, true), "");
  std::string refused = tl::collect::prepareDumpDirectory(link, false);
  EXPECT_EQ(refused, link + " is a symbolic link, which collect does not follow when run as root; pass the directory "
                            "itself (" + fs::canonical(tmp.path() / "real").string() + ")");
  EXPECT_EQ(tl::collect::prepareDumpDirectory((tmp.path() / "real").string(), false), "");
}

TEST(CollectManifest, ListsOnlyDumpFileNames) {
  const std::set<std::string> files{"get-policy.fn.json", "list-user-pools.error.json"};
  auto read = tl::collect::parseManifest(tl::collect::manifestJson(files));
  EXPECT_EQ(read.problem, "");
  EXPECT_EQ(read.files, files);
  // A tampered manifest cannot name other files, or files elsewhere.
  read = tl::collect::parseManifest("{\"TriggerlintCollectManifest\": 1, \"Files\": [\"notes.txt\", "
                                    "\"../get-policy.x.json\", \"sub/get-policy.x.json\", 7, \"get-policy\", "
                                    "\"get-policy.x.json\"]}");
  EXPECT_EQ(read.problem, "");
  EXPECT_EQ(read.files, (std::set<std::string>{"get-policy.x.json"}));
  for (const char *bad : {"", "[]", "{\"Files\": []}", "{\"TriggerlintCollectManifest\": 2, \"Files\": []}",
                          "{\"TriggerlintCollectManifest\": 1, \"Files\": {}}", "\xff"}) {
    read = tl::collect::parseManifest(bad);
    EXPECT_EQ(read.problem, "not a triggerlint collect manifest") << bad;
    EXPECT_TRUE(read.files.empty());
  }
  TempDir tmp;
  EXPECT_EQ(tl::collect::readManifest(tmp.path().string()).problem, "");
}

// --- whole collections with a fake CLI -----------------------------------------------------

TEST(Collect, ListsDescribesAndAsksLambdaAboutEachFunctionInOrder) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  aws.answer("list-user-pools", "", "{\"UserPools\": [{\"Id\": \"us-east-1_P1\"}, {\"Id\": \"us-east-1_P2\"}]}\n");
  answerPoolP1(aws);
  aws.answer("describe-user-pool", "us-east-1_P2", kPoolP2);
  fs::create_directories(tmp.path() / "out");
  writeFile(tmp.path() / "out" / std::string(tl::collect::kManifestName),
            tl::collect::manifestJson({"get-policy.old.json", "get-policy.fn-a.json"}));
  writeFile(tmp.path() / "out" / "get-policy.old.json", "{}");
  writeFile(tmp.path() / "out" / "get-policy.mine.json", "{}");
  writeFile(tmp.path() / "out" / "README.txt", "mine");

  Outcome run = runCollect(aws, tmp.path() / "out");
  EXPECT_EQ(run.report.exitStatus(), 0) << run.err;
  const std::string tail = " --output json --region us-east-1";
  EXPECT_EQ(aws.calls(), (std::vector<std::string>{
                             "cognito-idp list-user-pools --max-results 60" + tail,
                             "cognito-idp describe-user-pool --user-pool-id us-east-1_P1" + tail,
                             "cognito-idp describe-user-pool --user-pool-id us-east-1_P2" + tail,
                             "lambda get-function-configuration --function-name " + std::string(kArnA) + tail,
                             "lambda get-policy --function-name " + std::string(kArnA) + tail,
                             "lambda get-function-configuration --function-name " + std::string(kArnBLive) + tail,
                             "lambda get-policy --function-name " + std::string(kArnBLive) + tail,
                             "lambda get-function-configuration --function-name " + std::string(kArnC) + tail,
                             "lambda get-policy --function-name " + std::string(kArnC) + tail,
                             "lambda get-function-concurrency --function-name " + std::string(kArnA) + tail,
                             "lambda get-function-concurrency --function-name " + std::string(kArnB) + tail,
                             "lambda get-function-concurrency --function-name " + std::string(kArnC) + tail,
                         }));
  for (const auto &line : aws.env())
    EXPECT_EQ(line, "AWS_PAGER=[] AWS_CLI_AUTO_PROMPT=[off]");

  const fs::path out = tmp.path() / "out";
  EXPECT_EQ(listDir(out), (std::vector<std::string>{
                              std::string(tl::collect::kManifestName), "README.txt",
                              "describe-user-pool.us-east-1_P1.json",
                              "describe-user-pool.us-east-1_P2.json", "get-function-concurrency.fn-a.json",
                              "get-function-concurrency.fn-b.json", "get-function-concurrency.fn-c.json",
                              "get-function-configuration.fn-a.json", "get-function-configuration.fn-b.live.json",
                              "get-function-configuration.fn-c.json", "get-policy.fn-a.json",
                              "get-policy.fn-b.live.json", "get-policy.fn-c.error.json", "get-policy.mine.json",
                              "list-user-pools.json"}));
  const std::vector<std::string> files = listDir(out);
  std::set<std::string> written(files.begin() + 2, files.end());
  written.erase("get-policy.mine.json");
  EXPECT_EQ(readFile(out / std::string(tl::collect::kManifestName)), tl::collect::manifestJson(written));
  // Successful calls: the CLI's stdout unchanged; an empty answer is the empty object.
  EXPECT_EQ(readFile(out / "describe-user-pool.us-east-1_P1.json"), kPoolP1);
  EXPECT_EQ(readFile(out / "get-function-concurrency.fn-a.json"), "{\n    \"ReservedConcurrentExecutions\": 0\n}\n");
  EXPECT_EQ(readFile(out / "get-function-concurrency.fn-b.json"), "{}\n");
  // A function without resource policy: a record, not a failure.
  EXPECT_EQ(readFile(out / "get-policy.fn-c.error.json"),
            tl::collect::errorRecordJson({"get-policy", kArnC, 254, "ResourceNotFoundException",
                                          "An error occurred (ResourceNotFoundException) when calling the GetPolicy "
                                          "operation: The resource you requested does not exist."}));
  EXPECT_EQ(run.report.failedCalls(), 0u);
  EXPECT_EQ(run.report.removed, (std::vector<std::string>{"get-policy.old.json"}));

  EXPECT_NE(run.err.find("collect: describe-user-pool us-east-1_P1 \u2192 describe-user-pool.us-east-1_P1.json\n"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("collect: get-policy " + std::string(kArnC) +
                         " \u2192 get-policy.fn-c.error.json (no resource policy)\n"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("triggerlint collect: removed get-policy.old.json, left by an earlier collection\n"),
            std::string::npos);
  EXPECT_NE(run.err.find("triggerlint collect: 12 files written to " + out.string() +
                         " (0 calls failed); next: "
                         "triggerlint " +
                         out.string() + "\n"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("warning"), std::string::npos) << run.err;
}

// The next collection removes what the last one wrote and did not write again; a file of the
// user's that merely carries a dump file name stays.
TEST(Collect, RemovesOnlyWhatTheLastCollectionListed) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  answerPoolP1(aws);
  aws.answer("describe-user-pool", "us-east-1_X", "{\"UserPool\": {\"LambdaConfig\": {}, \"UserPoolTier\": \"LITE\"}}\n");
  const fs::path out = tmp.path() / "out";
  Outcome first = runCollect(aws, out, {"us-east-1_P1"});
  ASSERT_EQ(first.report.exitStatus(), 0) << first.err;
  writeFile(out / "get-policy.mine.json", "{\"Policy\": \"{}\"}");
  writeFile(out / "describe-user-pool.us-east-1_mine.json", "{}");

  Outcome second = runCollect(aws, out, {"us-east-1_X"});
  EXPECT_EQ(second.report.exitStatus(), 0) << second.err;
  EXPECT_EQ(listDir(out), (std::vector<std::string>{std::string(tl::collect::kManifestName),
                                                    "describe-user-pool.us-east-1_X.json",
                                                    "describe-user-pool.us-east-1_mine.json", "get-policy.mine.json"}));
  EXPECT_EQ(second.report.removed.size(), 10u);
  EXPECT_EQ(readFile(out / std::string(tl::collect::kManifestName)),
            tl::collect::manifestJson({"describe-user-pool.us-east-1_X.json"}));

  // A manifest that is not one is said so, and nothing is removed.
  writeFile(out / std::string(tl::collect::kManifestName), "garbage");
  Outcome third = runCollect(aws, out, {"us-east-1_P1"});
  EXPECT_NE(third.err.find("triggerlint collect: warning: ignoring " + (out / ".triggerlint-collect.manifest").string() +
                           ": not a triggerlint collect manifest; no file of an earlier collection is removed\n"),
            std::string::npos)
      << third.err;
  EXPECT_TRUE(fs::exists(out / "describe-user-pool.us-east-1_X.json"));
}

TEST(Collect, FollowsListUserPoolsPagesItself) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  aws.answer("list-user-pools", "",
             "{\"UserPools\": [{\"Id\": \"us-east-1_P1\", \"Name\": \"p\u00e9\"}], "
             "\"NextToken\": \"t/2\"}\n");
  aws.answer("list-user-pools", "t/2", "{\"UserPools\": [{\"Id\": \"us-east-1_P2\"}]}\n");
  answerPoolP1(aws);
  aws.answer("describe-user-pool", "us-east-1_P2", kPoolP2);
  Outcome run = runCollect(aws, tmp.path() / "out");
  EXPECT_EQ(run.report.exitStatus(), 0) << run.err;
  auto calls = aws.calls();
  ASSERT_GE(calls.size(), 3u);
  EXPECT_EQ(calls[1], "cognito-idp list-user-pools --max-results 60 --next-token t/2 --output json --region us-east-1");
  EXPECT_EQ(calls[3], "cognito-idp describe-user-pool --user-pool-id us-east-1_P2 --output json --region us-east-1");
  EXPECT_EQ(
      readFile(tmp.path() / "out" / "list-user-pools.json"),
      "{\n    \"UserPools\": [\n        {\n            \"Id\": \"us-east-1_P1\",\n            \"Name\": \"p\u00e9\"\n"
      "        },\n        {\n            \"Id\": \"us-east-1_P2\"\n        }\n    ]\n}\n");
  EXPECT_NE(run.err.find("collect: list-user-pools (2 pages) \u2192 list-user-pools.json\n"), std::string::npos)
      << run.err;
}

TEST(Collect, NamedPoolsSkipTheListAndAFailedCallLeavesARedactedRecord) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  answerPoolP1(aws);
  ScopedEnv secret("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  aws.fail("get-function-configuration", kArnA,
           "\nAn error occurred (AccessDeniedException) when calling the GetFunctionConfiguration operation: "
           "AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is not authorized\n");
  aws.fail("describe-user-pool", "us-east-1_gone",
           "\nAn error occurred (ResourceNotFoundException) when calling the DescribeUserPool operation: User pool "
           "us-east-1_gone does not exist.\n");
  Outcome run = runCollect(aws, tmp.path() / "out", {"us-east-1_gone", "us-east-1_P1", "us-east-1_gone"});
  EXPECT_EQ(run.report.exitStatus(), 1) << run.err;
  EXPECT_EQ(run.report.failedCalls(), 2u);
  auto calls = aws.calls();
  ASSERT_EQ(calls.size(), 11u); // the repeated pool id is asked once
  EXPECT_EQ(calls[0], "cognito-idp describe-user-pool --user-pool-id us-east-1_gone --output json --region us-east-1");

  const std::string record = readFile(tmp.path() / "out" / "get-function-configuration.fn-a.error.json");
  EXPECT_EQ(record, tl::collect::errorRecordJson({"get-function-configuration", kArnA, 254, "AccessDeniedException",
                                                  "An error occurred (AccessDeniedException) when calling the "
                                                  "GetFunctionConfiguration operation: [REDACTED] with secret "
                                                  "[REDACTED] is not authorized"}));
  EXPECT_NE(run.err.find("triggerlint collect: aws lambda get-function-configuration --function-name " +
                         std::string(kArnA) + ": An error occurred (AccessDeniedException)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("triggerlint collect: aws cognito-idp describe-user-pool --user-pool-id us-east-1_gone: "
                         "An error occurred (ResourceNotFoundException)"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("wJalrXUtnFEMI"), std::string::npos);
  EXPECT_EQ(run.err.find("AKIAIOSFODNN7EXAMPLE"), std::string::npos);
  EXPECT_TRUE(fs::exists(tmp.path() / "out" / "describe-user-pool.us-east-1_gone.error.json"));
}

TEST(Collect, NothingCollectedIsExitStatusTwo) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  aws.fail("list-user-pools", "",
           "\nUnable to locate credentials. You can configure credentials by running \"aws "
           "configure\".\n",
           253);
  Outcome listFailed = runCollect(aws, tmp.path() / "a");
  EXPECT_EQ(listFailed.report.exitStatus(), 2);
  EXPECT_EQ(aws.calls().size(), 1u);
  EXPECT_EQ(listDir(tmp.path() / "a"),
            (std::vector<std::string>{std::string(tl::collect::kManifestName), "list-user-pools.error.json"}));
  EXPECT_NE(listFailed.err.find("triggerlint collect: aws cognito-idp list-user-pools --max-results 60: Unable to "
                                "locate credentials."),
            std::string::npos)
      << listFailed.err;

  Outcome describeFailed = runCollect(aws, tmp.path() / "b", {"us-east-1_nope"});
  EXPECT_EQ(describeFailed.report.exitStatus(), 2);

  // No pools at all is an answer, not a failure.
  aws.answer("list-user-pools", "", "{\"UserPools\": []}\n");
  ::unlink((tmp.path() / "fake" / "list-user-pools..err").c_str());
  Outcome none = runCollect(aws, tmp.path() / "c");
  EXPECT_EQ(none.report.exitStatus(), 0) << none.err;
  EXPECT_EQ(listDir(tmp.path() / "c"),
            (std::vector<std::string>{std::string(tl::collect::kManifestName), "list-user-pools.json"}));
}

TEST(Collect, OutputThatIsNotJsonAndTimeoutsAreFailures) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  answerPoolP1(aws);
  aws.answer("get-policy", kArnA, "<html>proxy error</html>\n");
  aws.hang("get-function-concurrency", kArnC);
  Outcome run = runCollect(aws, tmp.path() / "out", {"us-east-1_P1"}, std::chrono::milliseconds(1500));
  EXPECT_EQ(run.report.exitStatus(), 1) << run.err;
  EXPECT_EQ(run.report.failedCalls(), 2u);

  auto notJson = parse(readFile(tmp.path() / "out" / "get-policy.fn-a.error.json"));
  const tl::doc::Node *record = notJson->doc.root->find(tl::awsjson::kCollectErrorKey);
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->find("ExitCode")->value, "0");
  EXPECT_EQ(record->find("ErrorCode")->value, "");
  EXPECT_EQ(record->find("Message")->value.rfind("the AWS CLI printed output that is not JSON", 0), 0u);

  auto timedOut = parse(readFile(tmp.path() / "out" / "get-function-concurrency.fn-c.error.json"));
  record = timedOut->doc.root->find(tl::awsjson::kCollectErrorKey);
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->find("ExitCode")->value, "-1");
  EXPECT_EQ(record->find("Message")->value, "the AWS CLI did not finish within 1.5 s");
}

// With --profile no secret is in the environment: what the CLI prints is redacted by shape, in
// the records and on stderr, and a message about output that is not JSON quotes none of it.
TEST(Collect, NoCredentialShapedTextReachesRecordsOrMessages) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  answerPoolP1(aws);
  ScopedEnv secret("AWS_SECRET_ACCESS_KEY", nullptr);
  ScopedEnv token("AWS_SESSION_TOKEN", nullptr);
  aws.answer("get-policy", kArnA, "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEYab is not JSON\n");
  aws.fail("get-policy", kArnBLive,
           "\nAn error occurred (UnrecognizedClientException) when calling the GetPolicy operation: "
           "{\"SecretAccessKey\": \"wJalrXUtnFEMI\\/K7MDENG\\/bPxRfiCYEXAMPLEKEY\"}\n"
           "aws_session_token = FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotPrintMe\n");
  Outcome run = runCollect(aws, tmp.path() / "out", {"us-east-1_P1"});
  EXPECT_EQ(run.report.exitStatus(), 1) << run.err;
  std::string written;
  for (const auto &name : listDir(tmp.path() / "out"))
    written += readFile(tmp.path() / "out" / name);
  for (const std::string &text : {run.err, written}) {
    EXPECT_EQ(text.find("wJalrXUtnFEMI"), std::string::npos) << text;
    EXPECT_EQ(text.find("EXAMPLESESSIONTOKEN"), std::string::npos) << text;
  }
  EXPECT_NE(written.find("the AWS CLI printed output that is not JSON (line 1, column 1)\""), std::string::npos)
      << written;
  EXPECT_NE(written.find("aws_session_token = [REDACTED]"), std::string::npos) << written;
  EXPECT_NE(run.err.find("GetPolicy operation: {\"SecretAccessKey\": \"[REDACTED]\"}\n"), std::string::npos) << run.err;
}

TEST(Collect, TwoFunctionsOfOneNameDoNotOverwriteEachOther) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  const std::string other = "arn:aws:lambda:eu-west-1:123456789012:function:fn-a";
  aws.answer("describe-user-pool", "us-east-1_X",
             "{\"UserPool\": {\"LambdaConfig\": {\"PreSignUp\": \"" + std::string(kArnA) + "\", \"CustomMessage\": \"" +
                 other +
                 "\", \"PostConfirmation\": \"not-an-arn\"}, \"UserPoolTier\": "
                 "\"LITE\"}}\n");
  aws.answer("get-function-configuration", kArnA, configOf(kArnA));
  aws.answer("get-policy", kArnA, "{\"Policy\": \"{}\"}\n");
  aws.empty("get-function-concurrency", kArnA);
  Outcome run = runCollect(aws, tmp.path() / "out", {"us-east-1_X"});
  EXPECT_EQ(run.report.exitStatus(), 1) << run.err;
  EXPECT_EQ(readFile(tmp.path() / "out" / "get-function-configuration.fn-a.json"), configOf(kArnA));
  EXPECT_NE(run.err.find("triggerlint collect: skipped aws lambda get-function-configuration --function-name " + other +
                         ": its file get-function-configuration.fn-a.json already holds " + std::string(kArnA)),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("trigger target 'not-an-arn' is not a Lambda function ARN"), std::string::npos) << run.err;
  for (const auto &call : aws.calls())
    EXPECT_EQ(call.find(other), std::string::npos) << call;
}

TEST(Collect, WarnsWhenTheCliDropsFieldsItDoesNotKnow) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  aws.answer("describe-user-pool", "us-east-1_OLD",
             "{\"UserPool\": {\"Id\": \"us-east-1_OLD\", \"LambdaConfig\": {}}}\n");
  Outcome run = runCollect(aws, tmp.path() / "out", {"us-east-1_OLD"});
  EXPECT_EQ(run.report.exitStatus(), 0) << run.err;
  EXPECT_NE(run.err.find("warning: describe-user-pool printed no UserPoolTier"), std::string::npos) << run.err;
}

TEST(Collect, AnUnusableDirectoryStopsBeforeAnyCall) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  Outcome run = runCollect(aws, tmp.path() / "no" / "out", {"us-east-1_P1"});
  EXPECT_EQ(run.report.exitStatus(), 2);
  EXPECT_FALSE(fs::exists(tmp.path() / "fake" / "calls.log"));
  EXPECT_NE(run.err.find("triggerlint collect: cannot create"), std::string::npos) << run.err;
}

TEST(Collect, QuietPrintsFailuresOnly) {
  TempDir tmp;
  FakeAws aws(tmp.path() / "fake");
  answerPoolP1(aws);
  aws.fail("get-policy", kArnA,
           "\nAn error occurred (ThrottlingException) when calling the GetPolicy operation: "
           "Rate exceeded\n");
  CollectOptions options;
  options.outDir = (tmp.path() / "out").string();
  options.cli.path = aws.path();
  options.poolIds = {"us-east-1_P1"};
  options.quiet = true;
  std::ostringstream err;
  CollectReport report = tl::collect::collect(options, err);
  EXPECT_EQ(report.exitStatus(), 1);
  EXPECT_EQ(err.str(), "triggerlint collect: aws lambda get-policy --function-name " + std::string(kArnA) +
                           ": An error occurred (ThrottlingException) when calling the GetPolicy operation: Rate "
                           "exceeded\n");
  // Without --region, --profile or --endpoint-url none is passed.
  EXPECT_EQ(aws.calls().front(), "cognito-idp describe-user-pool --user-pool-id us-east-1_P1 --output json");
}

} // namespace
