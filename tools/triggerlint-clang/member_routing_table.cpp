#include "member_routing_table.h"

#include "routing_table.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

namespace tl::clangfe {

using namespace clang;

namespace {

using Pairs = std::vector<std::pair<const Expr *, const Expr *>>;

// A constructor body is read statement by statement at its top level: a table filled in a loop or
// under a condition is not a fixed set of keys.
constexpr unsigned kMaxBodyStatements = 256;

bool isField(const Expr *e, const FieldDecl *field) {
  auto *me = e ? dyn_cast<MemberExpr>(e->IgnoreParenImpCasts()) : nullptr;
  return me && me->getMemberDecl() == field && isa<CXXThisExpr>(me->getBase()->IgnoreParenImpCasts());
}

const Expr *bare(const Expr *e) {
  for (int i = 0; e && i < 8; ++i) {
    const Expr *next = e->IgnoreImplicit()->IgnoreParens();
    if (auto *fe = dyn_cast<FullExpr>(next))
      next = fe->getSubExpr();
    if (next == e)
      return e;
    e = next;
  }
  return e;
}

// One statement of a constructor body that fills the table.
void readStatement(const Stmt *s, const FieldDecl *field, Pairs &out) {
  auto *e = dyn_cast_or_null<Expr>(s);
  e = e ? bare(e) : nullptr;
  if (auto *oc = dyn_cast_or_null<CXXOperatorCallExpr>(e); oc && oc->getOperator() == OO_Equal && oc->getNumArgs() == 2) {
    if (isField(oc->getArg(0), field)) { // routes_ = {{"k", v}, ...}
      Pairs all = bracedPairs(oc->getArg(1));
      out.insert(out.end(), all.begin(), all.end());
      return;
    }
    // routes_["k"] = v
    auto *sub = dyn_cast<CXXOperatorCallExpr>(bare(oc->getArg(0)));
    if (sub && sub->getOperator() == OO_Subscript && sub->getNumArgs() == 2 && isField(sub->getArg(0), field))
      out.emplace_back(sub->getArg(1), oc->getArg(1));
    return;
  }
  auto *mc = dyn_cast_or_null<CXXMemberCallExpr>(e);
  const CXXMethodDecl *md = mc ? mc->getMethodDecl() : nullptr;
  if (!md || !md->getIdentifier() || !isField(mc->getImplicitObjectArgument(), field))
    return;
  llvm::StringRef name = md->getName();
  if ((name == "emplace" || name == "try_emplace" || name == "insert_or_assign") && mc->getNumArgs() == 2)
    out.emplace_back(mc->getArg(0), mc->getArg(1));
  else if (name == "insert" && mc->getNumArgs() == 1) { // routes_.insert({"k", v})
    const Expr *arg = bare(mc->getArg(0));
    if (auto *il = dyn_cast<InitListExpr>(arg); il && il->getNumInits() == 2)
      out.emplace_back(il->getInit(0), il->getInit(1));
    else if (auto *ce = dyn_cast<CXXConstructExpr>(arg); ce && ce->getNumArgs() == 2)
      out.emplace_back(ce->getArg(0), ce->getArg(1));
  }
}

} // namespace

std::vector<std::pair<const Expr *, const Expr *>> memberTablePairs(const FieldDecl *field) {
  Pairs out;
  if (const Expr *init = field->getInClassInitializer())
    out = bracedPairs(init);
  const CXXRecordDecl *record = dyn_cast<CXXRecordDecl>(field->getParent());
  if (!record || !record->hasDefinition())
    return out;
  for (const CXXConstructorDecl *declared : record->ctors()) {
    const FunctionDecl *def = nullptr;
    if (!declared->hasBody(def) || !def)
      continue;
    auto *ctor = cast<CXXConstructorDecl>(def);
    for (const CXXCtorInitializer *init : ctor->inits())
      if (init->isWritten() && init->getMember() == field) {
        Pairs listed = bracedPairs(init->getInit());
        out.insert(out.end(), listed.begin(), listed.end());
      }
    auto *body = dyn_cast_or_null<CompoundStmt>(ctor->getBody());
    if (!body)
      continue;
    unsigned read = 0;
    for (const Stmt *s : body->body())
      if (++read <= kMaxBodyStatements)
        readStatement(s, field, out);
  }
  return out;
}

} // namespace tl::clangfe
