#include "library_throws.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// The standard library declares its exceptions in the namespace of the classes that throw them
// (libstdc++'s std, libc++'s inline std::__1; std::function next to std::bad_function_call).
const Type *exceptionBeside(const CXXRecordDecl *thrower, const char *name, const ASTContext &ctx) {
  if (!thrower || !thrower->isInStdNamespace())
    return nullptr;
  const DeclContext *ns = thrower->getDeclContext()->getEnclosingNamespaceContext();
  for (const NamedDecl *d : ns->lookup(&ctx.Idents.get(name)))
    if (auto *rd = dyn_cast<CXXRecordDecl>(d); rd && rd->getDefinition())
      return ctx.getCanonicalType(ctx.getRecordType(rd)).getUnqualifiedType().getTypePtr();
  return nullptr;
}

} // namespace

const Type *badFunctionCallOf(const CallExpr *call, const ASTContext &ctx) {
  auto *oc = dyn_cast_or_null<CXXOperatorCallExpr>(call);
  auto *method = oc && oc->getOperator() == OO_Call ? dyn_cast_or_null<CXXMethodDecl>(oc->getDirectCallee()) : nullptr;
  const CXXRecordDecl *function = method ? method->getParent() : nullptr;
  if (!function || !function->getIdentifier() || function->getName() != "function")
    return nullptr;
  return exceptionBeside(function, "bad_function_call", ctx);
}

const Type *outOfRangeOf(const CallExpr *call, const ASTContext &ctx) {
  auto *member = dyn_cast_or_null<CXXMemberCallExpr>(call);
  const CXXMethodDecl *method = member ? member->getMethodDecl() : nullptr;
  if (!method || !method->getIdentifier() || method->getName() != "at")
    return nullptr;
  return exceptionBeside(method->getParent(), "out_of_range", ctx);
}

} // namespace tl::clangfe
