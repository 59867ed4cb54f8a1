#include "engine/engine.h"
#include "engine/rule_docs.h"

#include <gtest/gtest.h>

namespace {

const tl::RuleInfo &info(std::string_view id) {
  const tl::Rule *rule = tl::findRule(id);
  EXPECT_NE(rule, nullptr) << id;
  return rule->info;
}

TEST(RuleSelection, EmptySelectsEverything) {
  tl::RuleSelection s;
  EXPECT_TRUE(s.enabled(info("TL000")));
}

TEST(RuleSelection, PrefixNameAndIdMatch) {
  tl::RuleSelection s{{"TL1"}, {}, {}};
  EXPECT_TRUE(s.enabled(info("TL101")));
  s.select = {"trigger-timeout"};
  EXPECT_TRUE(s.enabled(info("TL101")));
  s.select = {"tl101"};
  EXPECT_TRUE(s.enabled(info("TL101")));
  s.select = {"TL2"};
  EXPECT_FALSE(s.enabled(info("TL101")));
}

TEST(RuleSelection, IgnoreWinsOverSelect) {
  tl::RuleSelection s{{"TL1"}, {"trigger-timeout"}, {}};
  EXPECT_FALSE(s.enabled(info("TL101")));
  EXPECT_TRUE(s.enabled(info("TL102")));
}

// TL000 and TL003 say what the run could not see: no list turns them off.
TEST(RuleSelection, InputProblemsAndIncompleteAuditsAlwaysRun) {
  tl::RuleSelection s{{"TL1"}, {"TL000", "incomplete-audit", "TL0"}, {}};
  EXPECT_TRUE(s.enabled(info("TL000")));
  EXPECT_TRUE(s.enabled(info("TL003")));
  EXPECT_FALSE(s.enabled(info("TL001")));
  EXPECT_FALSE(s.enabled(info("TL002")));
}

TEST(RuleSelection, UnknownEntriesAreReported) {
  tl::RuleSelection s{{"TL0"}, {"no-such-rule"}, {}};
  EXPECT_EQ(s.firstUnknown(), "no-such-rule");
  s.ignore = {};
  EXPECT_EQ(s.firstUnknown(), "");
}

TEST(RunRules, FindingsAreSortedAndSeverityOverridden) {
  tl::model::Model m;
  m.problems.push_back({tl::Location{"b.yaml", 1, 1}, "late file", false});
  m.problems.push_back({tl::Location{"a.yaml", 9, 2}, "second", false});
  m.problems.push_back({tl::Location{"a.yaml", 3, 7}, "first", false});
  tl::RuleSelection s;
  s.severity["TL000"] = tl::Severity::Warning;
  auto findings = tl::runRules(m, s);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].message, "first");
  EXPECT_EQ(findings[1].message, "second");
  EXPECT_EQ(findings[2].message, "late file");
  EXPECT_EQ(findings[0].severity, tl::Severity::Warning);
  EXPECT_EQ(findings[0].rule, "TL000");
  EXPECT_EQ(findings[0].name, "input-problem");
}

TEST(RuleDocs, EveryRuleHasCompleteMetadata) {
  for (const tl::Rule *r : tl::allRules()) {
    SCOPED_TRACE(std::string(r->info.id));
    EXPECT_EQ(r->info.id.size(), 5u);
    EXPECT_FALSE(r->info.name.empty());
    EXPECT_FALSE(r->info.summary.empty());
    EXPECT_FALSE(r->info.whatItDoes.empty());
    EXPECT_FALSE(r->info.whyBad.empty());
    EXPECT_FALSE(r->info.example.empty());
    EXPECT_FALSE(r->info.useInstead.empty());
    EXPECT_EQ(r->info.sourceUrl.rfind("https://", 0), 0u);
    std::string md = tl::ruleMarkdown(r->info);
    EXPECT_NE(md.find("## What it does"), std::string::npos);
    EXPECT_NE(md.find("## Why is this bad?"), std::string::npos);
  }
}

TEST(RuleRegistry, IdsAndNamesAreUniqueAndSorted) {
  const auto &rules = tl::allRules();
  for (size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->info.id, rules[i]->info.id);
    for (size_t j = 0; j < i; ++j)
      EXPECT_NE(rules[i]->info.name, rules[j]->info.name);
  }
}

} // namespace
