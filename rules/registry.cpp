// The one place that lists the rules. --list-rules, --explain, SARIF metadata and docs/rules/
// all read this list, so they cannot drift apart.
#include "engine/rule.h"

#include <algorithm>
#include <cctype>

namespace tl::rules {
// Each rule file defines one of these (rules/TLnnn_name.cpp). Add new rules here, in id order.
extern const Rule TL000_input_problem;
} // namespace tl::rules

namespace tl {

const std::vector<const Rule *> &allRules() {
  static const std::vector<const Rule *> rules = {
      &rules::TL000_input_problem,
  };
  return rules;
}

const Rule *findRule(std::string_view idOrName) {
  auto same = [](std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return std::tolower((unsigned char)x) == std::tolower((unsigned char)y); });
  };
  for (const Rule *r : allRules())
    if (same(r->info.id, idOrName) || same(r->info.name, idOrName))
      return r;
  return nullptr;
}

} // namespace tl
