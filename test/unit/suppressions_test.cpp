// In-source suppressions: which findings they silence, which entries are unused, and that both stay
// fast with a hundred thousand suppressions (ctest's 60 s timeout is the guard: comparing every
// finding with every suppression, or rescanning stacked comments, took minutes at these sizes).
#include "engine/engine.h"
#include "engine/suppressions.h"
#include "input/suppression_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

tl::Finding finding(std::string rule, std::string file, uint32_t line) {
  tl::Finding f;
  f.rule = std::move(rule);
  f.loc = {std::move(file), line, 1};
  return f;
}

tl::model::Suppression suppression(std::string file, uint32_t at, uint32_t first, uint32_t last,
                                   std::vector<std::string> rules) {
  tl::model::Suppression s;
  s.loc = {std::move(file), at, 1};
  s.firstLine = first;
  s.lastLine = last;
  s.rules = std::move(rules);
  return s;
}

// Ranges nest and overlap (a resource's Metadata around comments on its lines): a finding is
// silenced by any range of its rule and file that holds its line, and each entry is used when it
// holds one such finding.
TEST(Suppressions, OverlappingRangesOfOneRule) {
  std::vector<tl::Finding> findings = {finding("TL101", "a.yaml", 50), finding("TL101", "a.yaml", 3),
                                       finding("TL101", "a.yaml", 120), finding("TL105", "a.yaml", 5),
                                       finding("TL101", "b.yaml", 5)};
  std::vector<tl::model::Suppression> suppressions = {
      suppression("a.yaml", 1, 1, 100, {"TL101"}),                   // holds 50 and 3
      suppression("a.yaml", 5, 5, 6, {"trigger-timeout", "TL105"}), // inside the first: TL101 unused here
      suppression("a.yaml", 110, 110, 110, {"TL101"}),               // holds nothing
      suppression("a.yaml", 115, 115, 130, {"TL101", "TL1O1"}),      // holds 120; a misspelt entry
  };
  tl::applySuppressions(findings, suppressions, tl::RuleSelection{});
  std::vector<std::string> out;
  for (const auto &f : findings)
    out.push_back(f.rule + " " + f.loc.file + ":" + std::to_string(f.loc.line) + " " + f.message);
  EXPECT_EQ(out, (std::vector<std::string>{
                     "TL101 b.yaml:5 ",
                     "TL002 a.yaml:5 suppression of TL101 trigger-timeout silences nothing here; remove it",
                     "TL002 a.yaml:110 suppression of TL101 trigger-timeout silences nothing here; remove it",
                     "TL002 a.yaml:115 suppression names 'TL1O1', which is no rule (see --list-rules)",
                 }));
}

TEST(Suppressions, ManyCommentsAndFindingsInOneFile) {
  constexpr uint32_t kLines = 200000;
  std::vector<tl::Finding> findings;
  std::vector<tl::model::Suppression> suppressions;
  for (uint32_t line = 1; line <= kLines; ++line) {
    if (line % 2)
      findings.push_back(finding("TL101", "big.yaml", line));
    suppressions.push_back(suppression("big.yaml", line, line, line, {"TL101"}));
  }
  tl::applySuppressions(findings, suppressions, tl::RuleSelection{});
  ASSERT_EQ(findings.size(), kLines / 2); // every finding silenced; every even line's entry unused
  EXPECT_EQ(findings.front().rule, "TL002");
  EXPECT_EQ(findings.front().loc.line, 2u);
  EXPECT_EQ(findings.back().loc.line, kLines);
}

TEST(SuppressionScanner, StackedCommentsCoverTheNextCodeLine) {
  constexpr size_t kStacked = 300000;
  tl::doc::Document doc;
  doc.path = "stacked.yaml";
  doc.text = "Resources:\n";
  for (size_t i = 0; i < kStacked; ++i)
    doc.text += i % 1000 ? "  # triggerlint: ignore[TL101]\n" : "\n";
  doc.text += "  Fn: {Type: AWS::Lambda::Function}\n  # triggerlint: ignore[TL105]\n";
  std::vector<tl::model::Suppression> out;
  tl::input::scanSuppressions(doc, out);
  ASSERT_EQ(out.size(), kStacked - kStacked / 1000 + 1);
  const uint32_t fnLine = static_cast<uint32_t>(kStacked) + 2;
  EXPECT_EQ(out.front().firstLine, fnLine);
  EXPECT_EQ(out[out.size() - 2].firstLine, fnLine);
  EXPECT_EQ(out.back().firstLine, fnLine + 3); // past the last line: covers nothing
}

} // namespace
