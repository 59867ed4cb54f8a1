#include "handler_discovery.h"
#include "call_names.h"

#include "definition_index.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <set>

namespace tl::clangfe {
namespace {

using namespace clang;

constexpr int kMaxResolveDepth = 8;

bool isStd(const Decl *d) { return d && d->getDeclContext() && d->getDeclContext()->isStdNamespace(); }

class Finder : public RecursiveASTVisitor<Finder> {
public:
  Finder(ASTContext &ctx, const std::function<bool(SourceLocation)> &local,
         const std::function<bool(SourceLocation)> &annotated)
      : C(ctx), SM(ctx.getSourceManager()), local_(local), annotated_(annotated) {}

  TuHandlers out;

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBody() const { return true; }

  // The standard library and third-party headers hold no handlers of this unit; skipping them
  // is most of the walk's cost.
  bool TraverseDecl(Decl *d) {
    if (d && !isa<TranslationUnitDecl>(d) && d->getLocation().isValid() && !local_(d->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(d);
  }

  bool VisitFunctionDecl(FunctionDecl *fd) {
    if (!fd->doesThisDeclarationHaveABody() || !local_(fd->getLocation()))
      return true;
    if (auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->getParent()->isLambda())
      return true; // a lambda is a handler only when passed to run_handler
    bool annotated = annotated_(fd->getBeginLoc());
    if (annotated || signature(fd)) {
      out.signatures.push_back({fd, fd->getQualifiedNameAsString(), fd->getLocation(), fd->getBeginLoc()});
      out.annotated.push_back(annotated);
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *call) {
    if (calleeName(call) != "run_handler" || call->getNumArgs() < 1 || !local_(call->getBeginLoc()))
      return true;
    if (const FunctionDecl *fd = call->getDirectCallee(); fd && !fd->isInStdNamespace()) {
      // aws::lambda_runtime::run_handler however it is reached; another run_handler is not the runtime's
      const auto *ns = dyn_cast<NamespaceDecl>(fd->getDeclContext());
      if (!ns || ns->getName() != "lambda_runtime")
        return true;
    }
    out.callsRunHandler = true;
    if (!resolve(call->getArg(0), 0))
      out.unresolvedRunHandler = true;
    return true;
  }

private:
  std::string spelled(SourceRange r) const {
    if (r.isInvalid())
      return "";
    auto range = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(r), SM, C.getLangOpts());
    return Lexer::getSourceText(range, SM, C.getLangOpts()).str();
  }

  /// `invocation_response f(invocation_request const&)`, read as written: a missing header turns
  /// the types into int.
  bool signature(const FunctionDecl *fd) const {
    if (fd->getNumParams() != 1)
      return false;
    std::string ret = spelled(fd->getReturnTypeSourceRange());
    if (ret.empty() || ret == "auto")
      ret = fd->getReturnType().getAsString();
    const ParmVarDecl *p = fd->getParamDecl(0);
    std::string param = p->getTypeSourceInfo() ? spelled(p->getTypeSourceInfo()->getTypeLoc().getSourceRange()) : "";
    if (param.empty())
      param = p->getType().getAsString();
    if (fd->isInvalidDecl()) {
      ret = spelled(SourceRange(fd->getBeginLoc(), fd->getLocation()));
      param = spelled(p->getSourceRange());
    }
    return ret.find("invocation_response") != std::string::npos &&
           param.find("invocation_request") != std::string::npos;
  }

  void passLambda(const LambdaExpr *le) {
    if (const CXXMethodDecl *op = le->getCallOperator())
      out.passed.push_back({op, "(lambda)", le->getBeginLoc(), le->getBeginLoc()});
  }

  void passFunction(const FunctionDecl *fd) {
    if (auto *md = dyn_cast<CXXMethodDecl>(fd); md && md->getParent()->isLambda()) {
      out.passed.push_back({md, "(lambda)", md->getParent()->getLocation(), md->getParent()->getLocation()});
      return;
    }
    std::string usr = usrOf(fd);
    if (!usr.empty())
      out.passedUsrs.push_back(std::move(usr));
  }

  /// A function object: its call operator (a lambda's, or a class's `operator()`).
  bool passCallable(QualType t) {
    const CXXRecordDecl *rd = t.isNull() ? nullptr : t.getNonReferenceType()->getAsCXXRecordDecl();
    if (!rd || !rd->hasDefinition() || isStd(rd))
      return false;
    for (const CXXMethodDecl *m : rd->methods())
      if (m->getOverloadedOperator() == OO_Call) {
        passFunction(m);
        return true;
      }
    return false;
  }

  /// Follows what run_handler is given to the function that handles the request; false when it
  /// names none we can see.
  bool resolve(const Expr *e, int depth) {
    if (!e || depth > kMaxResolveDepth)
      return false;
    e = e->IgnoreUnlessSpelledInSource();
    if (auto *le = dyn_cast<LambdaExpr>(e)) {
      passLambda(le);
      return true;
    }
    if (auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_AddrOf)
      return resolve(u->getSubExpr(), depth + 1);
    if (auto *d = dyn_cast<DeclRefExpr>(e)) {
      if (auto *fd = dyn_cast<FunctionDecl>(d->getDecl())) {
        passFunction(fd);
        return true;
      }
      if (auto *vd = dyn_cast<VarDecl>(d->getDecl())) {
        // `auto h = [](...) {...}; run_handler(h);`, a std::function, a function object
        if (const Expr *init = vd->getAnyInitializer(); init && resolve(init, depth + 1))
          return true;
        return passCallable(vd->getType());
      }
      return false;
    }
    if (auto *call = dyn_cast<CallExpr>(e)) {
      // std::bind(&Handler::handle, &object, _1), std::bind_front(...)
      std::string name = calleeName(call);
      if ((name == "bind" || name == "bind_front") && call->getNumArgs() >= 1)
        return resolve(call->getArg(0), depth + 1);
      return passCallable(call->getType());
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e)) {
      // std::function<...>{handler} holds what it is built from; a class object is the callable
      if (ce->getNumArgs() >= 1 && isStd(ce->getType()->getAsCXXRecordDecl()))
        return resolve(ce->getArg(0), depth + 1);
      return passCallable(ce->getType());
    }
    if (auto *il = dyn_cast<InitListExpr>(e))
      return il->getNumInits() == 1 ? resolve(il->getInit(0), depth + 1) : passCallable(il->getType());
    return passCallable(e->getType());
  }

  ASTContext &C;
  SourceManager &SM;
  const std::function<bool(SourceLocation)> &local_;
  const std::function<bool(SourceLocation)> &annotated_;
};

} // namespace

TuHandlers discoverHandlers(ASTContext &ctx, const std::function<bool(SourceLocation)> &local,
                            const std::function<bool(SourceLocation)> &annotated) {
  Finder f(ctx, local, annotated);
  f.TraverseDecl(ctx.getTranslationUnitDecl());
  return std::move(f.out);
}

} // namespace tl::clangfe
