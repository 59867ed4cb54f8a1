#include "report/rule_list.h"

#include "engine/rule.h"
#include "version.h"

#include <nlohmann/json.hpp>

namespace tl::report {

void writeRuleListText(std::ostream &out) {
  for (const Rule *r : allRules())
    out << r->info.id << "  " << r->info.name << "  " << severityName(r->info.severity) << "  " << r->info.summary
        << "\n";
}

void writeRuleListJson(std::ostream &out) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const Rule *r : allRules())
    rules.push_back({{"id", r->info.id},
                     {"name", r->info.name},
                     {"severity", severityName(r->info.severity)},
                     {"summary", r->info.summary},
                     {"alwaysRuns", r->info.alwaysRuns},
                     {"source", r->info.sourceUrl}});
  out << nlohmann::ordered_json{{"version", TRIGGERLINT_VERSION}, {"rules", rules}}.dump(2) << "\n";
}

} // namespace tl::report
