#pragma once
// The table that ends a text report of an audit (issue 4): one row per trigger of each pool read
// from AWS CLI dumps, with its function, the deployed timeout and the rules that reported on it.
#include "engine/finding.h"
#include "model/model.h"

#include <ostream>
#include <vector>

namespace tl::report {

/// Writes the audit table when `model` holds pools read from dumps; writes nothing otherwise.
/// A finding counts for a row when it, or one of its notes, sits where the row's binding, target,
/// function, timeout, concurrency, permission or policy was read.
void writeAuditSummary(std::ostream &out, const model::Model &model, const std::vector<Finding> &findings);

} // namespace tl::report
