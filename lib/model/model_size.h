#pragma once
// How much memory a model holds, roughly: a run keeps its files' models while their total stays
// under a budget, and reads the files again when it does not (issue 8).
#include "model/model.h"

#include <cstddef>

namespace tl::model {

/// Bytes `model`'s facts take: each fact's own size and what its strings and lists hold. An
/// estimate (allocator overhead and the lookup indexes are not counted), stable for equal inputs.
size_t estimatedBytes(const Model &model);

} // namespace tl::model
