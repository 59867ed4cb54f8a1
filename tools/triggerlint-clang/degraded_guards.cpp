#include "degraded_guards.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

bool hiddenByParseError(const clang::Expr *e) {
  if (!e)
    return false;
  if (e->containsErrors())
    return true;
  const clang::Expr *inner = e->IgnoreParenImpCasts();
  if (auto *d = llvm::dyn_cast<clang::DeclRefExpr>(inner))
    return d->getDecl()->isInvalidDecl();
  return false;
}

bool guardsMayNarrow(const std::vector<std::string> &guards) { return guards.empty(); }

} // namespace tl::clangfe
