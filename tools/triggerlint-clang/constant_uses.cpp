// Comparisons are short: the search is bounded in depth both through the comparison's
// subexpressions and through constants initialised from other constants.
#include "constant_uses.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace tl::clangfe {
namespace {

using namespace clang;

constexpr int kMaxDepth = 8;

bool isConstant(const VarDecl *v) { return v && (v->isConstexpr() || v->getType().isConstQualified()); }

bool within(const SourceManager &sm, SourceLocation point, SourceRange range) {
  SourceLocation p = sm.getExpansionLoc(point), b = sm.getExpansionLoc(range.getBegin()),
                 e = sm.getExpansionLoc(range.getEnd());
  return p.isValid() && b.isValid() && e.isValid() && sm.isPointWithin(p, b, e);
}

// The constant `e` names, through the copies that read it (`constexpr std::string_view kB = kA;`).
const VarDecl *constantNamed(const Expr *e) {
  for (int i = 0; e && i < kMaxDepth; ++i) {
    const Expr *next = e->IgnoreImplicit()->IgnoreParens();
    if (auto *ce = dyn_cast<CXXConstructExpr>(next); ce && ce->getNumArgs() == 1)
      next = ce->getArg(0);
    if (next == e)
      break;
    e = next;
  }
  auto *d = dyn_cast_or_null<DeclRefExpr>(e);
  auto *v = d ? dyn_cast<VarDecl>(d->getDecl()) : nullptr;
  return isConstant(v) ? v : nullptr;
}

// Whether `v`'s value is the literal at `literal`: its initializer holds it, or names a constant
// whose value is.
bool holds(const SourceManager &sm, const VarDecl *v, SourceLocation literal, int depth) {
  const Expr *init = v->getAnyInitializer();
  if (!init || depth > kMaxDepth)
    return false;
  if (within(sm, literal, init->getSourceRange()))
    return true;
  const VarDecl *next = constantNamed(init);
  return next && next != v && holds(sm, next, literal, depth + 1);
}

SourceLocation search(const SourceManager &sm, const Stmt *s, SourceLocation literal, int depth) {
  if (!s || depth > kMaxDepth)
    return {};
  if (auto *d = dyn_cast<DeclRefExpr>(s))
    if (const VarDecl *v = constantNamed(d); v && holds(sm, v, literal, 0))
      return d->getLocation();
  for (const Stmt *child : s->children())
    if (SourceLocation at = search(sm, child, literal, depth + 1); at.isValid())
      return at;
  return {};
}

} // namespace

SourceLocation constantUse(const SourceManager &sm, const Expr *comparison, SourceLocation literal) {
  if (!comparison || literal.isInvalid() || within(sm, literal, comparison->getSourceRange()))
    return {};
  return search(sm, comparison, literal, 0);
}

} // namespace tl::clangfe
