#pragma once
#include "engine/finding.h"

#include <ostream>
#include <vector>

namespace tl::report {

/// `{"version": ..., "findings": [...]}` exactly as DESIGN.md §4 describes. Scripts depend on
/// this shape: extend it, never change it.
void writeJson(std::ostream &out, const std::vector<Finding> &findings);

} // namespace tl::report
