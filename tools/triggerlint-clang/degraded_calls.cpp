#include "degraded_calls.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

const clang::FunctionDecl *soleCandidate(const clang::CallExpr *call) {
  if (!call || !call->containsErrors() || !call->getCallee())
    return nullptr;
  auto *lookup = llvm::dyn_cast<clang::UnresolvedLookupExpr>(call->getCallee()->IgnoreParenImpCasts());
  if (!lookup || lookup->getNumDecls() != 1)
    return nullptr;
  auto *fd = llvm::dyn_cast<clang::FunctionDecl>((*lookup->decls_begin())->getUnderlyingDecl());
  if (!fd || fd->isInvalidDecl())
    return nullptr;
  const unsigned args = call->getNumArgs();
  if (args < fd->getMinRequiredArguments() || (args > fd->getNumParams() && !fd->isVariadic()))
    return nullptr;
  return fd;
}

} // namespace tl::clangfe
