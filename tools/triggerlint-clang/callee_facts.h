#pragma once
// Joins the facts of a function analysed in another translation unit into a handler's, at the
// call that reaches it: each callee is summarised in its own translation unit and its summary is
// joined, as Clang's cross-TU analysis joins per-TU summaries.
#include "model/model.h"

#include <functional>

namespace tl::clangfe {

/// Adds `callee`'s failures, comparisons and slow calls to `h` as reached through `site` (its
/// `via` ends with the call; its guards and exclusions hold around the call). A throw, the
/// callee's failure k, is left out when `stopped(k)`: a catch clause on the way stops it. What no
/// source reaches (the call's guards and the callee's exclude each other) adds only comparisons.
/// Response writes reach the handler through the JSON it passes (function_summary.cpp).
void addCalleeFacts(model::Handler &h, const model::Handler &callee, const model::CodeContext &site,
                    const std::function<bool(size_t)> &stopped);

} // namespace tl::clangfe
