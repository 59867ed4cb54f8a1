#pragma once
// A run that lints its inputs component by component reads each file into a model of its own and
// puts the files that join into one model before joining them (issue 8: memory bounded by the
// largest join component, not by the number of files).
#include "model/model.h"

namespace tl::model {

/// Moves every fact of `from` to the end of `into`'s lists, keeping their order.
void appendModel(Model &into, Model &&from);

} // namespace tl::model
