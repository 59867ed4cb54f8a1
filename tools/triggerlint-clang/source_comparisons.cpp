#include "source_comparisons.h"

#include "call_names.h"
#include "degraded_guards.h"
#include "expression_wrappers.h"
#include "source_text.h"
#include "string_constants.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <cctype>

namespace tl::clangfe {
namespace {

using namespace clang;

bool mentionsSource(const std::string &t) {
  std::string n;
  for (char c : t)
    if (c != '_')
      n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n.find("triggersource") != std::string::npos;
}

} // namespace

bool SourceComparisons::involvesSource(const Expr *e, int depth) const {
  if (!e || depth > 3)
    return false;
  if (mentionsSource(sourceText(C, e)))
    return true;
  // A variable initialised from the trigger source (auto src = j["triggerSource"]...).
  struct Finder : RecursiveASTVisitor<Finder> {
    const SourceComparisons *A;
    int depth;
    bool found = false;
    bool VisitDeclRefExpr(DeclRefExpr *d) {
      if (auto *vd = dyn_cast<VarDecl>(d->getDecl())) {
        if (mentionsSource(vd->getName().str()))
          found = true;
        else if (auto *pv = dyn_cast<ParmVarDecl>(vd); pv && A->sourceParams_.count(pv))
          found = true; // a helper's parameter that receives the trigger source
        else if (const Expr *init = vd->getInit(); init && !isa<ParmVarDecl>(vd))
          found = found || A->involvesSource(init, depth + 1);
      }
      return !found;
    }
  } f;
  f.A = this;
  f.depth = depth;
  f.TraverseStmt(const_cast<Expr *>(e));
  return f.found;
}

std::optional<Atom> SourceComparisons::atom(const Expr *e) const {
  e = strip(e);
  if (!e)
    return std::nullopt;
  BinaryOperatorKind opc{};
  const Expr *lhs = nullptr, *rhs = nullptr;
  bool binary = false;
  if (auto *b = dyn_cast<BinaryOperator>(e)) {
    opc = b->getOpcode();
    lhs = b->getLHS();
    rhs = b->getRHS();
    binary = true;
  } else if (auto *oc = dyn_cast<CXXOperatorCallExpr>(e); oc && oc->getNumArgs() == 2) {
    if (oc->getOperator() == OO_EqualEqual)
      opc = BO_EQ, binary = true;
    else if (oc->getOperator() == OO_ExclaimEqual)
      opc = BO_NE, binary = true;
    lhs = oc->getArg(0);
    rhs = oc->getArg(1);
  } else if (auto *rw = dyn_cast<CXXRewrittenBinaryOperator>(e)) {
    auto d = rw->getDecomposedForm();
    opc = d.Opcode;
    lhs = d.LHS;
    rhs = d.RHS;
    binary = true;
  }
  if (binary && (opc == BO_EQ || opc == BO_NE)) {
    bool eq = opc == BO_EQ;
    for (int swap = 0; swap < 2; ++swap) {
      const Expr *a = swap ? rhs : lhs, *b = swap ? lhs : rhs;
      if (auto lit = strLit(b); lit && involvesSource(a))
        return Atom{lit->first, eq ? "==" : "!=", eq, lit->second};
      if (auto lit = strLit(b); lit && degraded_ && hiddenByParseError(a))
        return Atom{lit->first, eq ? "==" : "!=", eq, lit->second, true};
      // x.compare("X") == 0, strcmp(x, "X") != 0, x.rfind("X", 0) == 0
      const Expr *sb = strip(b);
      if (auto *il = dyn_cast_or_null<IntegerLiteral>(sb); il && il->getValue() == 0) {
        if (auto inner = atom(a); inner && (inner->op == "compare" || inner->op == "strcmp")) {
          inner->positive = eq;
          return inner;
        }
        if (auto *call = dyn_cast<CallExpr>(strip(a))) {
          const Expr *obj = nullptr;
          if (calleeName(call, &obj) == "rfind" && obj && call->getNumArgs() >= 2 && involvesSource(obj)) {
            auto *pos = dyn_cast<IntegerLiteral>(strip(call->getArg(1)));
            if (pos && pos->getValue() == 0)
              if (auto lit = strLit(call->getArg(0)))
                return Atom{lit->first, "rfind", eq, lit->second};
          }
        }
      }
    }
    return std::nullopt;
  }
  if (auto *call = dyn_cast<CallExpr>(e)) {
    const Expr *obj = nullptr;
    std::string name = calleeName(call, &obj);
    if (obj && call->getNumArgs() >= 1 && (name == "starts_with" || name == "compare") && involvesSource(obj))
      if (auto lit = strLit(call->getArg(0)))
        return Atom{lit->first, name, name == "starts_with", lit->second};
    if (!obj && (name == "strcmp" || name == "strncmp") && call->getNumArgs() >= 2) {
      for (int i = 0; i < 2; ++i)
        if (auto lit = strLit(call->getArg(i)); lit && involvesSource(call->getArg(1 - i)))
          return Atom{lit->first, "strcmp", false, lit->second};
    }
  }
  return std::nullopt;
}

CondInfo SourceComparisons::cond(const Expr *e) const {
  CondInfo out;
  e = strip(e);
  if (!e)
    return out;
  if (auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_LNot) {
    CondInfo in = cond(u->getSubExpr());
    out.guessed = in.guessed;
    out.thenGuards = in.elseGuards;
    out.thenExcl = in.elseExcl;
    out.elseGuards = in.thenGuards;
    out.elseExcl = in.thenExcl;
    return out;
  }
  if (auto *b = dyn_cast<BinaryOperator>(e); b && (b->getOpcode() == BO_LOr || b->getOpcode() == BO_LAnd)) {
    CondInfo a = cond(b->getLHS()), c = cond(b->getRHS());
    out.guessed = a.guessed || c.guessed;
    bool isOr = b->getOpcode() == BO_LOr;
    if (isOr) {
      if (!a.thenGuards.empty() && !c.thenGuards.empty()) {
        out.thenGuards = a.thenGuards;
        addAll(out.thenGuards, c.thenGuards);
      }
      out.elseGuards = a.elseGuards;
      addAll(out.elseGuards, c.elseGuards);
      out.elseExcl = a.elseExcl;
      addAll(out.elseExcl, c.elseExcl);
    } else {
      out.thenGuards = a.thenGuards;
      addAll(out.thenGuards, c.thenGuards);
      out.thenExcl = a.thenExcl;
      addAll(out.thenExcl, c.thenExcl);
      if (!a.elseGuards.empty() && !c.elseGuards.empty()) {
        out.elseGuards = a.elseGuards;
        addAll(out.elseGuards, c.elseGuards);
      }
    }
    return out;
  }
  if (auto a = atom(e)) {
    out.guessed = a->guessed;
    if (a->positive) {
      out.thenGuards = {a->value};
      out.elseExcl = {a->value};
    } else {
      out.thenExcl = {a->value};
      out.elseGuards = {a->value};
    }
  }
  return out;
}

} // namespace tl::clangfe
