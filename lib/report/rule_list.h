#pragma once
// `triggerlint --list-rules`: the rule catalogue for people (text) and for scripts (JSON).
#include <ostream>

namespace tl::report {

/// One line per rule: `ID  name  severity  summary`.
void writeRuleListText(std::ostream &out);

/// `{"version": ..., "rules": [{"id", "name", "severity", "summary", "alwaysRuns", "source"}]}`.
void writeRuleListJson(std::ostream &out);

} // namespace tl::report
