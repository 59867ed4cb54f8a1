#include "engine/engine.h"

#include "engine/suppressions.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace tl {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// An entry matches a rule by name, by id, or as an id prefix ("TL1" = all configuration rules).
bool matches(const std::string &entry, const RuleInfo &rule) {
  std::string e = lower(entry);
  std::string id = lower(rule.id);
  return e == lower(rule.name) || (!e.empty() && id.compare(0, e.size(), e) == 0);
}

bool anyMatches(const std::vector<std::string> &entries, const RuleInfo &rule) {
  return std::any_of(entries.begin(), entries.end(), [&](const std::string &e) { return matches(e, rule); });
}

} // namespace

bool RuleSelection::enabled(const RuleInfo &rule) const {
  if (rule.alwaysRuns)
    return true;
  if (!select.empty() && !anyMatches(select, rule))
    return false;
  return !anyMatches(ignore, rule);
}

std::string RuleSelection::firstUnknown() const {
  for (const auto *list : {&select, &ignore})
    for (const auto &entry : *list) {
      bool known =
          std::any_of(allRules().begin(), allRules().end(), [&](const Rule *r) { return matches(entry, r->info); });
      if (!known)
        return entry;
    }
  return {};
}

std::vector<Finding> runRules(const model::Model &model, const RuleSelection &selection,
                              std::vector<SilencedFinding> *silenced) {
  std::vector<Finding> all;
  for (const Rule *rule : allRules()) {
    if (!selection.enabled(rule->info))
      continue;
    FindingSink sink(rule->info);
    rule->check(model, sink);
    auto findings = sink.take();
    auto override = selection.severity.find(std::string(rule->info.id));
    for (auto &f : findings) {
      if (override != selection.severity.end())
        f.severity = override->second;
      all.push_back(std::move(f));
    }
  }
  if (selection.honourSuppressions)
    applySuppressions(all, model.suppressions, selection, silenced);
  orderFindings(all);
  return all;
}

void orderFindings(std::vector<Finding> &all) {
  std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
    return std::tie(a.loc.file, a.loc.line, a.loc.column, a.rule) <
           std::tie(b.loc.file, b.loc.line, b.loc.column, b.rule);
  });
  // Two rules may derive the same finding from two bindings (If branches); print it once.
  all.erase(std::unique(all.begin(), all.end(),
                        [](const Finding &a, const Finding &b) {
                          return a.rule == b.rule && a.loc.file == b.loc.file && a.loc.line == b.loc.line &&
                                 a.loc.column == b.loc.column && a.message == b.message;
                        }),
            all.end());
}

} // namespace tl
