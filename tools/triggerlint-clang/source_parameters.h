#pragma once
// Parameters that receive the trigger source: a helper called as `parse(event["triggerSource"])`
// compares its parameter, so its comparisons are comparisons with the trigger source.
#include <functional>
#include <unordered_set>

namespace clang {
class ASTContext;
class Expr;
class ParmVarDecl;
} // namespace clang

namespace tl::clangfe {

/// Adds to `params` each parameter of a function defined outside system headers to which some
/// call passes an expression `isSource` accepts; `isSource` may consult `params`, so chains of
/// helpers are followed for a few rounds.
void findSourceParameters(clang::ASTContext &ctx, const std::function<bool(const clang::Expr *)> &isSource,
                          std::unordered_set<const clang::ParmVarDecl *> &params);

} // namespace tl::clangfe
