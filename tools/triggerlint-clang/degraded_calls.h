#pragma once
// A call whose argument a missing header left without a type (`notify(event.dump())` with
// nlohmann/json absent) stays unresolved: Clang keeps the name and the declarations it found, but
// no callee, so what the helper does (a throw, an 8 s timeout) would be lost in a degraded parse
// while the full one finds it. When ordinary lookup found exactly one function that can take that
// many arguments, the call can only go there.
#include "clang/AST/Expr.h"

namespace tl::clangfe {

/// The only function an unresolved call with errors in it can call, or nullptr.
const clang::FunctionDecl *soleCandidate(const clang::CallExpr *call);

} // namespace tl::clangfe
