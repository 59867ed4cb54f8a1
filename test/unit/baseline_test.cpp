// Baselines: the file round trip, matching that survives moved lines, multiset matching, paths
// relative to the baseline from any working directory, and malformed files with positions.
#include "engine/baseline.h"
#include "engine/fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

// A directory of its own per test (ctest runs tests in parallel), removed afterwards.
class TempDir {
public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tl-baseline-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
      path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty())
      fs::remove_all(path_, ec);
  }
  std::string operator/(const std::string &name) const { return (fs::path(path_) / name).string(); }
  const std::string &path() const { return path_; }

private:
  std::string path_;
};

// Restores the working directory, so a failing test does not move the ones after it.
class WorkingDirectory {
public:
  explicit WorkingDirectory(const std::string &dir) : saved_(fs::current_path()) { fs::current_path(dir); }
  ~WorkingDirectory() { fs::current_path(saved_); }

private:
  fs::path saved_;
};

void writeText(const std::string &path, const std::string &text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

tl::Finding finding(const std::string &rule, const std::string &file, uint32_t line, const std::string &anchor,
                    const std::string &message = "a message") {
  tl::Finding f;
  f.rule = rule;
  f.loc = tl::Location{file, line, 3};
  f.anchor = anchor;
  f.message = message;
  return f;
}

std::string errorOf(const TempDir &dir, const std::string &text) {
  writeText(dir / "baseline.json", text);
  return tl::readBaseline(dir / "baseline.json").error;
}

TEST(Baseline, WriteThenReadGivesTheSameEntriesRelativeToTheFile) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  std::vector<tl::Finding> findings = {
      finding("TL106", dir / "infra/stack.yaml", 15, "Perm|SourceArn", "permission \"Perm\" \xC3\xA9"),
      finding("TL101", dir / "infra/stack.yaml", 14, "Pool|PreSignUp|Fn"),
      finding("TL101", dir / "a.yaml", 2, "Pool|PreSignUp|Other"),
  };
  const tl::Baseline written = tl::baselineFor(dir / "baseline.json", findings);
  ASSERT_EQ(tl::writeBaseline(written), "");

  const std::string text = readText(dir / "baseline.json");
  EXPECT_EQ(text.rfind("{\n  \"triggerlint-baseline\": 1,\n  \"version\": \"", 0), 0u) << text;
  // One entry per line, sorted by file then rule, so that reviews diff line by line.
  EXPECT_NE(text.find("\n    {\"rule\": \"TL101\", \"file\": \"a.yaml\", \"fingerprint\": \"" +
                      tl::fingerprint(findings[2], "a.yaml") + "\", \"message\": \"a message\"},\n"),
            std::string::npos)
      << text;
  EXPECT_LT(text.find("\"infra/stack.yaml\", \"fingerprint\": \"" + tl::fingerprint(findings[1], "infra/stack.yaml")),
            text.find("\"TL106\""));

  const tl::BaselineRead read = tl::readBaseline(dir / "baseline.json");
  ASSERT_EQ(read.error, "");
  ASSERT_EQ(read.baseline.entries.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(read.baseline.entries[i].rule, written.entries[i].rule);
    EXPECT_EQ(read.baseline.entries[i].file, written.entries[i].file);
    EXPECT_EQ(read.baseline.entries[i].fingerprint, written.entries[i].fingerprint);
    EXPECT_EQ(read.baseline.entries[i].message, written.entries[i].message);
  }
  EXPECT_EQ(read.baseline.entries[0].file, "a.yaml");
  EXPECT_EQ(read.baseline.entries[2].file, "infra/stack.yaml");
  EXPECT_EQ(read.baseline.entries[2].message, "permission \"Perm\" \xC3\xA9");

  // Every finding is accepted, and only once.
  std::vector<tl::Finding> again = findings;
  tl::BaselineOutcome outcome = tl::applyBaseline(again, read.baseline, {nullptr, {dir / "a.yaml", dir / "infra/stack.yaml"}});
  EXPECT_TRUE(again.empty());
  EXPECT_EQ(outcome.hidden, 3u);
  EXPECT_EQ(outcome.gone, 0u);
}

TEST(Baseline, EmptyBaselineIsValid) {
  TempDir dir;
  ASSERT_EQ(tl::writeBaseline(tl::baselineFor(dir / "b.json", {})), "");
  EXPECT_EQ(readText(dir / "b.json").find("\"findings\": []\n}\n") != std::string::npos, true);
  const tl::BaselineRead read = tl::readBaseline(dir / "b.json");
  EXPECT_EQ(read.error, "");
  EXPECT_TRUE(read.baseline.entries.empty());
}

TEST(Baseline, MovedLinesStillMatchButOtherFilesRulesAndAnchorsDoNot) {
  TempDir dir;
  const std::string stack = dir / "stack.yaml";
  const tl::Baseline baseline = tl::baselineFor(dir / "baseline.json", {finding("TL101", stack, 14, "Pool|Fn")});

  std::vector<tl::Finding> findings = {
      finding("TL101", stack, 40, "Pool|Fn", "another message: the anchor is the identity"),
      finding("TL101", dir / "other.yaml", 14, "Pool|Fn"),
      finding("TL109", stack, 14, "Pool|Fn"),
      finding("TL101", stack, 14, "Pool|Slow"),
  };
  tl::BaselineOutcome outcome = tl::applyBaseline(findings, baseline, {nullptr, {stack}});
  EXPECT_EQ(outcome.hidden, 1u);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].loc.file, dir / "other.yaml");
  EXPECT_EQ(findings[1].rule, "TL109");
  EXPECT_EQ(findings[2].anchor, "Pool|Slow");
}

TEST(Baseline, EachEntryAcceptsOneFinding) {
  TempDir dir;
  const std::string stack = dir / "stack.yaml";
  const tl::Finding twin = finding("TL002", stack, 3, "");
  const tl::Baseline baseline = tl::baselineFor(dir / "baseline.json", {twin, twin});
  ASSERT_EQ(baseline.entries.size(), 2u);

  std::vector<tl::Finding> three = {twin, twin, twin};
  tl::BaselineOutcome outcome = tl::applyBaseline(three, baseline, {nullptr, {stack}});
  EXPECT_EQ(outcome.hidden, 2u);
  EXPECT_EQ(outcome.gone, 0u);
  EXPECT_EQ(three.size(), 1u);

  std::vector<tl::Finding> one = {twin};
  outcome = tl::applyBaseline(one, baseline, {nullptr, {stack}});
  EXPECT_EQ(outcome.hidden, 1u);
  EXPECT_EQ(outcome.gone, 1u);
  EXPECT_TRUE(one.empty());
}

TEST(Baseline, EntriesOutsideTheRunAreNotGone) {
  TempDir dir;
  const std::string a = dir / "a.yaml", b = dir / "b.yaml";
  const tl::Baseline baseline = tl::baselineFor(
      dir / "baseline.json", {finding("TL101", a, 1, "x"), finding("TL106", a, 2, "y"), finding("TL101", b, 1, "z")});
  tl::RuleSelection onlyTimeouts{{"TL101"}, {}, {}};
  std::vector<tl::Finding> none;
  // b.yaml was not linted and TL106 did not run: only a.yaml's TL101 entry was looked for.
  EXPECT_EQ(tl::applyBaseline(none, baseline, {&onlyTimeouts, {a}}).gone, 1u);
  EXPECT_EQ(tl::applyBaseline(none, baseline, {nullptr, {a, b}}).gone, 3u);
}

TEST(Baseline, PathsResolveFromTheBaselineNotTheWorkingDirectory) {
  TempDir dir;
  const std::string stack = dir / "infra/stack.yaml";
  writeText(stack, "");
  fs::create_directories(dir / "ci");
  // Written from the project root with relative paths...
  tl::Baseline written;
  {
    WorkingDirectory cwd(dir.path());
    written = tl::baselineFor("ci/baseline.json", {finding("TL101", "infra/stack.yaml", 14, "Pool|Fn")});
    ASSERT_EQ(tl::writeBaseline(written), "");
  }
  ASSERT_EQ(written.entries.size(), 1u);
  EXPECT_EQ(written.entries[0].file, "../infra/stack.yaml");

  // ...and read from inside infra/, where the same file is spelt differently.
  {
    WorkingDirectory cwd(dir / "infra");
    const tl::BaselineRead read = tl::readBaseline("../ci/baseline.json");
    ASSERT_EQ(read.error, "");
    std::vector<tl::Finding> findings = {finding("TL101", "./stack.yaml", 20, "Pool|Fn")};
    tl::BaselineOutcome outcome = tl::applyBaseline(findings, read.baseline, {nullptr, {"stack.yaml"}});
    EXPECT_TRUE(findings.empty());
    EXPECT_EQ(outcome.hidden, 1u);
  }

  // With absolute paths on both sides.
  const tl::BaselineRead read = tl::readBaseline(dir / "ci/baseline.json");
  ASSERT_EQ(read.error, "");
  std::vector<tl::Finding> findings = {finding("TL101", dir / "ci/../infra/stack.yaml", 1, "Pool|Fn")};
  EXPECT_EQ(tl::applyBaseline(findings, read.baseline, {nullptr, {stack}}).hidden, 1u);
}

TEST(Baseline, MalformedFilesAreErrorsWithPositions) {
  TempDir dir;
  const std::string path = dir / "baseline.json";
  EXPECT_EQ(errorOf(dir, "{\n  \"triggerlint-baseline\": 1,\n  \"findings\": [\n    {\"rule\": \"TL101\" \"file\": \"a\"}\n"),
            path + ":4:22: unexpected '\"': expected ',' or '}'");
  EXPECT_EQ(errorOf(dir, ""), path + ": empty file: not a triggerlint baseline (write one with --write-baseline)");
  EXPECT_EQ(errorOf(dir, "{\"findings\": []}"),
            path + ":1:1: not a triggerlint baseline (write one with --write-baseline)");
  EXPECT_EQ(errorOf(dir, "[1]"), path + ":1:1: not a triggerlint baseline (write one with --write-baseline)");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 2, \"findings\": []}"),
            path + ":1:26: unsupported baseline format 2 (this triggerlint reads 1)");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": \"1\", \"findings\": []}"),
            path + ":1:26: unsupported baseline format \"1\" (this triggerlint reads 1)");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1}"), path + ":1:1: baseline without \"findings\"");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1, \"findings\": {}}"), path + ":1:41: \"findings\" must be a list");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1, \"findings\": [\n  \"TL101\"\n]}"),
            path + ":2:3: expected a finding {\"rule\", \"file\", \"fingerprint\", \"message\"}");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1, \"findings\": [\n  {\"rule\": \"TL101\", \"file\": \"a.yaml\"}\n]}"),
            path + ":2:3: finding without \"fingerprint\"");
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1, \"findings\": [\n  {\"rule\": 101, \"file\": \"a\", "
                         "\"fingerprint\": \"f\"}\n]}"),
            path + ":2:12: \"rule\" must be a non-empty string");
  // The message is for reviewers and may be left out; other keys are ignored.
  EXPECT_EQ(errorOf(dir, "{\"triggerlint-baseline\": 1, \"findings\": [\n  {\"rule\": \"TL101\", \"file\": \"a\", "
                         "\"fingerprint\": \"f\", \"note\": \"accepted in review 12\"}\n]}"),
            "");
  EXPECT_EQ(tl::readBaseline(dir / "missing.json").error,
            dir / "missing.json" + ": cannot read baseline: No such file or directory");
}

TEST(Baseline, WriteFailuresNameTheFileAndLeaveNothingBehind) {
  TempDir dir;
  const tl::Baseline intoMissingDirectory = tl::baselineFor(dir / "no-such-dir/baseline.json", {});
  EXPECT_EQ(tl::writeBaseline(intoMissingDirectory),
            dir / "no-such-dir/baseline.json" + ": cannot write baseline: No such file or directory");
  fs::create_directories(dir / "taken");
  const tl::Baseline ontoDirectory = tl::baselineFor(dir / "taken", {});
  EXPECT_EQ(tl::writeBaseline(ontoDirectory), dir / "taken" + ": cannot write baseline: Is a directory");

  // A rewrite replaces the old file; no temporary file stays.
  writeText(dir / "baseline.json", "old");
  ASSERT_EQ(tl::writeBaseline(tl::baselineFor(dir / "baseline.json", {})), "");
  EXPECT_NE(readText(dir / "baseline.json"), "old");
  std::vector<std::string> names;
  for (const auto &entry : fs::directory_iterator(dir.path()))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"baseline.json", "taken"}));
}

} // namespace
