#pragma once
// Runs the selected rules over the model and orders their findings.
#include "engine/finding.h"
#include "engine/rule.h"
#include "model/model.h"

#include <map>
#include <string>
#include <vector>

namespace tl {

/// Which rules run and at which severity. Ignored rules are not run at all (cfn-lint users
/// complain that an ignored rule still runs and can hang); rules marked `alwaysRuns` always do.
struct RuleSelection {
  std::vector<std::string> select; // ids, names or id prefixes ("TL1"); empty = all
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity; // rule id -> severity override
  bool honourSuppressions = true;           // false: report what in-source suppressions silence (audits)

  /// True when `rule` runs under this selection.
  bool enabled(const RuleInfo &rule) const;
  /// Checks that every entry names a rule or a prefix of one; returns the first bad entry or "".
  std::string firstUnknown() const;
};

/// Runs the enabled rules and returns their findings sorted by file, line, column, rule; those
/// in-source suppressions silence go to `silenced`, when given.
std::vector<Finding> runRules(const model::Model &model, const RuleSelection &selection,
                              std::vector<SilencedFinding> *silenced = nullptr);

/// Sorts findings by file, line, column, rule (keeping the order of equal ones) and drops repeats.
/// Findings of models linted one after the other are ordered as one model's would be, since no
/// file's findings come from two models.
void orderFindings(std::vector<Finding> &findings);

} // namespace tl
