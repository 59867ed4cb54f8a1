#include "empty_function_call.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

const Type *badFunctionCallOf(const CallExpr *call, const ASTContext &ctx) {
  auto *oc = dyn_cast_or_null<CXXOperatorCallExpr>(call);
  auto *method = oc && oc->getOperator() == OO_Call ? dyn_cast_or_null<CXXMethodDecl>(oc->getDirectCallee()) : nullptr;
  const CXXRecordDecl *function = method ? method->getParent() : nullptr;
  if (!function || !function->isInStdNamespace() || !function->getIdentifier() || function->getName() != "function")
    return nullptr;
  // std::function is declared next to its exception (libstdc++'s <bits/std_function.h>, libc++'s
  // <__functional/function.h>), in the same, possibly inline, namespace.
  const DeclContext *ns = function->getDeclContext()->getEnclosingNamespaceContext();
  for (const NamedDecl *d : ns->lookup(&ctx.Idents.get("bad_function_call")))
    if (auto *rd = dyn_cast<CXXRecordDecl>(d); rd && rd->getDefinition())
      return ctx.getCanonicalType(ctx.getRecordType(rd)).getUnqualifiedType().getTypePtr();
  return nullptr;
}

} // namespace tl::clangfe
