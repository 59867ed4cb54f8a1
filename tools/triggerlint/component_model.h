#pragma once
// Pass 2 of a lint run: the model of one component of its inputs, built from the models pass 1
// kept, or by reading the files again, and joined.
#include "fragment_store.h"
#include "input_components.h"
#include "run_input.h"

#include <vector>

namespace tl {

/// The model of `component` with its files in run order, dumps and stacks joined (not yet the
/// C++ handlers).
model::Model componentModel(const InputComponent &component, const std::vector<RunInput> &inputs,
                            FragmentStore &fragments);

} // namespace tl
