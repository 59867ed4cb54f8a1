#include "engine/suppressions.h"

#include <algorithm>

namespace tl {
namespace {

bool covers(const model::Suppression &s, const Finding &f) {
  return s.loc.file == f.loc.file && f.loc.line >= s.firstLine && f.loc.line <= s.lastLine;
}

} // namespace

void applySuppressions(std::vector<Finding> &findings, const std::vector<model::Suppression> &suppressions,
                       const RuleSelection &selection) {
  if (suppressions.empty())
    return;
  // used[i][j]: entry j of suppression i silenced at least one finding.
  std::vector<std::vector<bool>> used(suppressions.size());
  for (size_t i = 0; i < suppressions.size(); ++i)
    used[i].assign(suppressions[i].rules.size(), false);

  std::erase_if(findings, [&](const Finding &f) {
    bool silenced = false;
    for (size_t i = 0; i < suppressions.size(); ++i) {
      if (!covers(suppressions[i], f))
        continue;
      for (size_t j = 0; j < suppressions[i].rules.size(); ++j) {
        const Rule *rule = findRule(suppressions[i].rules[j]);
        if (rule && rule->info.id == f.rule) {
          used[i][j] = true;
          silenced = true;
        }
      }
    }
    return silenced;
  });

  const Rule *unused = findRule("TL002");
  if (!unused || !selection.enabled(unused->info))
    return;
  FindingSink sink(unused->info);
  for (size_t i = 0; i < suppressions.size(); ++i) {
    const auto &s = suppressions[i];
    for (size_t j = 0; j < s.rules.size(); ++j) {
      const Rule *rule = findRule(s.rules[j]);
      if (!rule) {
        sink.report(s.loc, "suppression names '" + s.rules[j] + "', which is no rule (see --list-rules)");
        continue;
      }
      // A rule that did not run could not have been silenced: not an unused suppression.
      if (!used[i][j] && selection.enabled(rule->info))
        sink.report(s.loc, "suppression of " + std::string(rule->info.id) + " " + std::string(rule->info.name) +
                               " silences nothing here; remove it");
    }
  }
  for (auto &f : sink.take()) {
    if (auto o = selection.severity.find(f.rule); o != selection.severity.end())
      f.severity = o->second;
    findings.push_back(std::move(f));
  }
}

} // namespace tl
