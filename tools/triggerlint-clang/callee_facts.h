#pragma once
// Joins the facts of a function analysed in another translation unit into a handler's, at the
// call that reaches it: each callee is summarised in its own translation unit and its summary is
// joined, as Clang's cross-TU analysis joins per-TU summaries.
#include "model/model.h"

namespace tl::clangfe {

/// Adds `callee`'s failures, comparisons and slow calls to `h` as reached through `site` (its
/// `via` ends with the call; its guards and exclusions hold around the call). A `shielded` call
/// sits in a `try`: the callee's throws do not escape through it. Response writes stay the
/// callee's own: they reach the handler only through JSON it is passed, which is not joined.
void addCalleeFacts(model::Handler &h, const model::Handler &callee, const model::CodeContext &site, bool shielded);

} // namespace tl::clangfe
