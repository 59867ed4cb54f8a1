#include "missing_key_lookup.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

const Type *outOfRangeOf(const CallExpr *call, const ASTContext &ctx) {
  auto *member = dyn_cast_or_null<CXXMemberCallExpr>(call);
  const CXXMethodDecl *method = member ? member->getMethodDecl() : nullptr;
  if (!method || !method->getIdentifier() || method->getName() != "at")
    return nullptr;
  const CXXRecordDecl *container = method->getParent();
  if (!container || !container->isInStdNamespace())
    return nullptr;
  // The standard library declares its exceptions in the namespace of its containers (libstdc++'s
  // std, libc++'s inline std::__1).
  const DeclContext *ns = container->getDeclContext()->getEnclosingNamespaceContext();
  for (const NamedDecl *d : ns->lookup(&ctx.Idents.get("out_of_range")))
    if (auto *rd = dyn_cast<CXXRecordDecl>(d); rd && rd->getDefinition())
      return ctx.getCanonicalType(ctx.getRecordType(rd)).getUnqualifiedType().getTypePtr();
  return nullptr;
}

} // namespace tl::clangfe
