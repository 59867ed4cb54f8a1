#include "engine/suppressions.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace tl {
namespace {

// Suppression entries of one rule in one file, as line ranges. Comparing every finding with every
// suppression took a minute on 100,000 suppression comments; sorted ranges answer both questions
// ("is this finding covered", "did this entry cover anything") by binary search.
class CoveredLines {
public:
  struct Entry {
    uint32_t first, last;
    size_t suppression, rule; // indices into the suppressions and their `rules`
  };

  void add(Entry e) { entries_.push_back(e); }

  void index() {
    std::sort(entries_.begin(), entries_.end(), [](const Entry &a, const Entry &b) { return a.first < b.first; });
    reach_.resize(entries_.size());
    uint32_t reach = 0;
    for (size_t i = 0; i < entries_.size(); ++i)
      reach_[i] = reach = std::max(reach, entries_[i].last);
  }

  /// Whether some entry covers `line` (entries sorted by first line: the ones starting at or
  /// before it, of which the furthest reaching must reach it).
  bool covers(uint32_t line) const {
    auto after = std::upper_bound(entries_.begin(), entries_.end(), line,
                                  [](uint32_t l, const Entry &e) { return l < e.first; });
    return after != entries_.begin() && reach_[static_cast<size_t>(after - entries_.begin()) - 1] >= line;
  }

  /// Calls `used` for each entry that covers one of `lines` (sorted).
  template <typename F> void forEachUsed(const std::vector<uint32_t> &lines, F used) const {
    for (const Entry &e : entries_) {
      auto it = std::lower_bound(lines.begin(), lines.end(), e.first);
      if (it != lines.end() && *it <= e.last)
        used(e);
    }
  }

private:
  std::vector<Entry> entries_;
  std::vector<uint32_t> reach_; // reach_[i]: the last line any of entries_[0..i] covers
};

using Key = std::pair<std::string_view, std::string_view>; // file, rule id

struct KeyHash {
  size_t operator()(const Key &k) const {
    return std::hash<std::string_view>{}(k.first) * 31 + std::hash<std::string_view>{}(k.second);
  }
};

} // namespace

void applySuppressions(std::vector<Finding> &findings, const std::vector<model::Suppression> &suppressions,
                       const RuleSelection &selection, std::vector<SilencedFinding> *silenced) {
  if (suppressions.empty())
    return;
  // Each entry's rule is looked up once; rule[i][j] is null when it names no rule.
  std::vector<std::vector<const Rule *>> rule(suppressions.size());
  std::unordered_map<Key, CoveredLines, KeyHash> covered;
  for (size_t i = 0; i < suppressions.size(); ++i) {
    const auto &s = suppressions[i];
    for (size_t j = 0; j < s.rules.size(); ++j) {
      rule[i].push_back(findRule(s.rules[j]));
      if (rule[i][j])
        covered[{s.loc.file, rule[i][j]->info.id}].add({s.firstLine, s.lastLine, i, j});
    }
  }
  for (auto &[key, lines] : covered)
    lines.index();

  // used[i][j]: entry j of suppression i silenced at least one finding.
  std::vector<std::vector<bool>> used(suppressions.size());
  for (size_t i = 0; i < suppressions.size(); ++i)
    used[i].assign(suppressions[i].rules.size(), false);
  std::unordered_map<Key, std::vector<uint32_t>, KeyHash> findingLines;
  for (const Finding &f : findings)
    if (covered.count({f.loc.file, f.rule}))
      findingLines[{f.loc.file, f.rule}].push_back(f.loc.line);
  for (auto &[key, lines] : findingLines) {
    std::sort(lines.begin(), lines.end());
    covered.at(key).forEachUsed(lines, [&](const CoveredLines::Entry &e) { used[e.suppression][e.rule] = true; });
  }
  std::erase_if(findings, [&](Finding &f) {
    auto it = covered.find({f.loc.file, f.rule});
    if (it == covered.end() || !it->second.covers(f.loc.line))
      return false;
    if (silenced)
      silenced->push_back({std::move(f), false});
    return true;
  });

  const Rule *unused = findRule("TL002");
  if (!unused || !selection.enabled(unused->info))
    return;
  FindingSink sink(unused->info);
  for (size_t i = 0; i < suppressions.size(); ++i) {
    const auto &s = suppressions[i];
    for (size_t j = 0; j < s.rules.size(); ++j) {
      if (!rule[i][j]) {
        sink.report(s.loc, "suppression names '" + s.rules[j] + "', which is no rule (see --list-rules)");
        continue;
      }
      // A rule that did not run could not have been silenced: not an unused suppression.
      if (!used[i][j] && selection.enabled(rule[i][j]->info))
        sink.report(s.loc, "suppression of " + std::string(rule[i][j]->info.id) + " " +
                               std::string(rule[i][j]->info.name) + " silences nothing here; remove it");
    }
  }
  for (auto &f : sink.take()) {
    if (auto o = selection.severity.find(f.rule); o != selection.severity.end())
      f.severity = o->second;
    findings.push_back(std::move(f));
  }
}

} // namespace tl
