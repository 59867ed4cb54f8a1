#pragma once
#include "engine/rule.h"

#include <string>

namespace tl {

/// The Markdown page of a rule: `--explain` prints it and docs/rules/<ID>.md is generated from
/// it, so the two never disagree.
std::string ruleMarkdown(const RuleInfo &rule);

} // namespace tl
