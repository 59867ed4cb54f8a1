#include "source_parameters.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// handler -> dispatch(src) -> parse(src): a few hops cover how helpers are layered.
constexpr int kMaxRounds = 4;

struct CallVisitor : RecursiveASTVisitor<CallVisitor> {
  const SourceManager &SM;
  const std::function<bool(const Expr *)> &isSource;
  std::unordered_set<const ParmVarDecl *> &params;
  bool grew = false;

  CallVisitor(const SourceManager &sm, const std::function<bool(const Expr *)> &is,
              std::unordered_set<const ParmVarDecl *> &p)
      : SM(sm), isSource(is), params(p) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBody() const { return true; }
  bool TraverseDecl(Decl *d) {
    // The standard library and third-party headers hold no handler code.
    if (d && !isa<TranslationUnitDecl>(d) && d->getLocation().isValid() &&
        SM.isInSystemHeader(SM.getFileLoc(d->getLocation())))
      return true;
    return RecursiveASTVisitor::TraverseDecl(d);
  }
  bool VisitCallExpr(CallExpr *call) {
    const FunctionDecl *fd = call->getDirectCallee();
    const FunctionDecl *def = nullptr;
    if (!fd || isa<CXXOperatorCallExpr>(call) || !fd->hasBody(def) || !def ||
        SM.isInSystemHeader(SM.getFileLoc(def->getLocation())))
      return true;
    for (unsigned i = 0; i < call->getNumArgs() && i < def->getNumParams(); ++i) {
      const ParmVarDecl *p = def->getParamDecl(i);
      if (!params.count(p) && isSource(call->getArg(i))) {
        params.insert(p);
        grew = true;
      }
    }
    return true;
  }
};

} // namespace

void findSourceParameters(ASTContext &ctx, const std::function<bool(const Expr *)> &isSource,
                          std::unordered_set<const ParmVarDecl *> &params) {
  for (int round = 0; round < kMaxRounds; ++round) {
    CallVisitor v(ctx.getSourceManager(), isSource, params);
    v.TraverseDecl(ctx.getTranslationUnitDecl());
    if (!v.grew)
      return;
  }
}

} // namespace tl::clangfe
