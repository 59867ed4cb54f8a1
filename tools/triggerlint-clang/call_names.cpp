#include "call_names.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

std::string calleeName(const CallExpr *call, const Expr **object) {
  const Expr *callee = call->getCallee();
  if (object)
    *object = nullptr;
  if (!callee)
    return "";
  callee = callee->IgnoreParenImpCasts();
  if (auto *m = dyn_cast<MemberExpr>(callee)) {
    if (object)
      *object = m->getBase();
    return m->getMemberNameInfo().getAsString();
  }
  if (auto *m = dyn_cast<CXXDependentScopeMemberExpr>(callee)) {
    if (object && !m->isImplicitAccess())
      *object = m->getBase();
    return m->getMember().getAsString();
  }
  if (auto *m = dyn_cast<UnresolvedMemberExpr>(callee)) {
    if (object && !m->isImplicitAccess())
      *object = m->getBase();
    return m->getName().getAsString();
  }
  if (auto *d = dyn_cast<DeclRefExpr>(callee))
    return d->getNameInfo().getAsString();
  if (auto *u = dyn_cast<UnresolvedLookupExpr>(callee))
    return u->getName().getAsString();
  if (auto *d = dyn_cast<DependentScopeDeclRefExpr>(callee))
    return d->getDeclName().getAsString();
  if (auto *fd = call->getDirectCallee())
    return fd->getNameAsString();
  return "";
}

} // namespace tl::clangfe
