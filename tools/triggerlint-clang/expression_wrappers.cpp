#include "expression_wrappers.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

const Expr *strip(const Expr *e) {
  while (e) {
    const Expr *next = nullptr;
    if (auto *p = dyn_cast<ParenExpr>(e))
      next = p->getSubExpr();
    else if (auto *c = dyn_cast<ImplicitCastExpr>(e))
      next = c->getSubExpr();
    else if (auto *m = dyn_cast<MaterializeTemporaryExpr>(e))
      next = m->getSubExpr();
    else if (auto *b = dyn_cast<CXXBindTemporaryExpr>(e))
      next = b->getSubExpr();
    else if (auto *w = dyn_cast<ExprWithCleanups>(e))
      next = w->getSubExpr();
    else if (auto *k = dyn_cast<ConstantExpr>(e))
      next = k->getSubExpr();
    else if (auto *f = dyn_cast<FullExpr>(e))
      next = f->getSubExpr();
    else if (auto *r = dyn_cast<RecoveryExpr>(e)) {
      if (r->subExpressions().size() == 1)
        next = r->subExpressions()[0];
    } else if (auto *ce = dyn_cast<CXXConstructExpr>(e)) {
      if (!isa<CXXTemporaryObjectExpr>(ce) && ce->getNumArgs() >= 1 && !ce->isListInitialization() &&
          (ce->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(ce->getArg(1))))
        next = ce->getArg(0);
    } else if (auto *fc = dyn_cast<CXXFunctionalCastExpr>(e))
      next = fc->getSubExpr();
    if (!next)
      return e;
    e = next;
  }
  return e;
}

} // namespace tl::clangfe
