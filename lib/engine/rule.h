#pragma once
// What every rule file in rules/ defines: its metadata (the single source of --list-rules,
// --explain, SARIF rule metadata and docs/rules/*.md) and its check.
#include "engine/finding.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

/// A rule's metadata, written at the top of its file (ruff's sections, cfn-lint's source_url).
struct RuleInfo {
  std::string_view id;        // "TL101"
  std::string_view name;      // "trigger-timeout"
  Severity severity;          // default severity
  std::string_view summary;   // one line
  std::string_view whatItDoes;
  std::string_view whyBad;    // includes what popular material gets wrong, where relevant
  std::string_view example;   // a wrong input (YAML or C++)
  std::string_view useInstead;// the right one
  std::string_view inTerraform = {}; // how the rule reads Terraform configurations and plans, when it does
  std::string_view sourceUrl; // the AWS documentation page that justifies the rule
  // The run could not see something (TL000, TL003): --select, --ignore and the config's lists
  // never turn it off, or a broken input would pass as clean. Its severity can still change.
  bool alwaysRuns = false;
};

/// Collects the findings of one rule; knows the rule's id, name and default severity.
class FindingSink {
public:
  explicit FindingSink(const RuleInfo &info) : info_(info) {}

  /// Reports a finding at `loc`. `severity` overrides the rule's default for this one finding
  /// (for example a warning when the trigger type is only a guess).
  Finding &report(Location loc, std::string message, std::optional<Severity> severity = {});

  std::vector<Finding> take() { return std::move(findings_); }

private:
  const RuleInfo &info_;
  std::vector<Finding> findings_;
};

using CheckFn = void (*)(const model::Model &, FindingSink &);

/// A rule: metadata plus check.
struct Rule {
  RuleInfo info;
  CheckFn check;
};

/// All rules, in id order (rules/registry.cpp).
const std::vector<const Rule *> &allRules();
/// A rule by id ("TL101") or name ("trigger-timeout"), case-insensitive; null if none.
const Rule *findRule(std::string_view idOrName);

} // namespace tl
