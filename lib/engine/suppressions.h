#pragma once
#include "engine/engine.h"
#include "engine/finding.h"
#include "model/model.h"

#include <vector>

namespace tl {

/// Removes the findings that an in-source suppression covers (into `silenced`, when given) and
/// appends a TL002 finding for each suppression entry that covered nothing of a rule that ran,
/// or names no rule.
void applySuppressions(std::vector<Finding> &findings, const std::vector<model::Suppression> &suppressions,
                       const RuleSelection &selection, std::vector<SilencedFinding> *silenced = nullptr);

} // namespace tl
