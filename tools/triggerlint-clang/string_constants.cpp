#include "string_constants.h"

#include "expression_wrappers.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

std::optional<std::pair<std::string, SourceLocation>> strLit(const Expr *e, int depth) {
  e = strip(e);
  if (!e || depth > 4)
    return std::nullopt;
  if (auto *s = dyn_cast<StringLiteral>(e)) {
    if (s->getCharByteWidth() != 1)
      return std::nullopt;
    return std::make_pair(s->getString().str(), s->getBeginLoc());
  }
  if (auto *u = dyn_cast<UserDefinedLiteral>(e)) {
    if (auto *cooked = u->getCookedLiteral())
      if (auto *s = dyn_cast<StringLiteral>(cooked->IgnoreParenImpCasts()))
        if (s->getCharByteWidth() == 1)
          return std::make_pair(s->getString().str(), s->getBeginLoc());
    return std::nullopt;
  }
  if (auto *ce = dyn_cast<CXXConstructExpr>(e)) // std::string{"X"}, std::string_view("X")
    if (ce->getNumArgs() >= 1)
      return strLit(ce->getArg(0), depth + 1);
  if (auto *il = dyn_cast<InitListExpr>(e))
    if (il->getNumInits() == 1)
      return strLit(il->getInit(0), depth + 1);
  if (auto *dr = dyn_cast<DeclRefExpr>(e)) // constexpr auto kPost = "PostAuthentication_...";
    if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
      if (vd->getType().isConstQualified() || vd->isConstexpr())
        if (const Expr *init = vd->getAnyInitializer())
          return strLit(init, depth + 1);
  return std::nullopt;
}

} // namespace tl::clangfe
