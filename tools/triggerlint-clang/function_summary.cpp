// One walk of a function body into its summary (analysis_context.h): failure paths, trigger-source
// comparisons, waits, success payloads, calls, and JSON writes into the response graph, each with
// the guards of the branches around it. The walk's guards are a first answer; the trigger-source
// dataflow narrows them afterwards where the CFG has one (Analyzer::applySourceFlow).
#include "analyzer.h"

#include "call_names.h"
#include "constant_uses.h"
#include "constructed_response.h"
#include "degraded_guards.h"
#include "expression_wrappers.h"
#include "response_payload.h"
#include "string_constants.h"
#include "waits.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

#include <cctype>

namespace tl::clangfe {

using namespace clang;
using model::FailurePath;
using model::Handler;

struct Analyzer::Walker {
  Analyzer &A;
  const FunctionDecl *F;
  Summary &S;

  static bool terminates(const Stmt *s) {
    if (!s)
      return false;
    if (isa<ReturnStmt>(s) || isa<CXXThrowExpr>(s) || isa<ContinueStmt>(s) || isa<BreakStmt>(s))
      return true;
    if (auto *e = dyn_cast<Expr>(s)) {
      const Expr *x = strip(e);
      if (isa<CXXThrowExpr>(x))
        return true;
      if (auto *call = dyn_cast<CallExpr>(x)) {
        std::string n = calleeName(call);
        return n == "exit" || n == "abort" || n == "_Exit" || n == "quick_exit" || n == "terminate";
      }
      return false;
    }
    if (auto *c = dyn_cast<CompoundStmt>(s))
      return !c->body_empty() && terminates(c->body_back());
    return false;
  }

  void stmt(const Stmt *s, const Ctx &c) {
    if (!s)
      return;
    if (auto *cs = dyn_cast<CompoundStmt>(s)) {
      Ctx cur = c;
      for (const Stmt *child : cs->body()) {
        stmt(child, cur);
        if (auto *is = dyn_cast<IfStmt>(child); is && !is->getElse() && terminates(is->getThen())) {
          CondInfo ci = A.sources_.cond(is->getCond());
          if (ci.guessed && !guardsMayNarrow(cur.guards))
            ci.elseGuards.clear();
          addAll(cur.guards, ci.elseGuards);
          addAll(cur.excluded, ci.elseExcl);
        }
      }
      return;
    }
    if (auto *is = dyn_cast<IfStmt>(s)) {
      if (is->getInit())
        stmt(is->getInit(), c);
      if (is->getConditionVariableDeclStmt())
        stmt(is->getConditionVariableDeclStmt(), c);
      expr(is->getCond(), c);
      CondInfo ci = A.sources_.cond(is->getCond());
      if (ci.guessed && !guardsMayNarrow(c.guards))
        ci.thenGuards.clear(), ci.elseGuards.clear();
      Ctx t = c, e = c;
      addAll(t.guards, ci.thenGuards);
      addAll(t.excluded, ci.thenExcl);
      addAll(e.guards, ci.elseGuards);
      addAll(e.excluded, ci.elseExcl);
      stmt(is->getThen(), t);
      stmt(is->getElse(), e);
      return;
    }
    if (auto *ts = dyn_cast<CXXTryStmt>(s)) {
      // which throws a handler catches is the exception flow's to say (expand)
      stmt(ts->getTryBlock(), c);
      for (unsigned i = 0; i < ts->getNumHandlers(); ++i)
        stmt(ts->getHandler(i)->getHandlerBlock(), c);
      return;
    }
    if (auto *ds = dyn_cast<DeclStmt>(s)) {
      for (const Decl *d : ds->decls())
        if (auto *v = dyn_cast<VarDecl>(d))
          varDecl(v, c);
      return;
    }
    if (auto *rs = dyn_cast<ReturnStmt>(s)) {
      if (const Expr *rv = rs->getRetValue()) {
        expr(rv, c);
        returnedCalls(rv);
        if (jsonLikeType(F->getReturnType()) && !F->getReturnType()->isVoidType()) {
          Val v = A.graph_.valueOf(rv, c, F);
          if (v.node >= 0)
            A.graph_.addEdge(Edge{A.graph_.returnNode(F), {}, v.node, {}, rv->getBeginLoc(), Ctx{}, false, {}});
        }
      }
      return;
    }
    if (isa<LambdaExpr>(s))
      return; // a lambda's body is its own function
    if (auto *e = dyn_cast<Expr>(s)) {
      expr(e, c);
      return;
    }
    for (const Stmt *child : s->children())
      stmt(child, c);
  }

  // The calls whose result a return statement returns: `return respond();`, and each branch of
  // `return ok ? allow() : deny();`.
  void returnedCalls(const Expr *rv) {
    rv = strip(rv);
    if (auto *returned = dyn_cast_or_null<CallExpr>(rv))
      S.returnedCalls.push_back(returned);
    else if (auto *choice = dyn_cast_or_null<AbstractConditionalOperator>(rv)) {
      returnedCalls(choice->getTrueExpr());
      returnedCalls(choice->getFalseExpr());
    }
  }

  void varDecl(const VarDecl *v, const Ctx &c) {
    const Expr *init = v->getInit();
    if (init)
      expr(init, c);
    if (!init || !jsonVar(v))
      return;
    if (v->getType()->isReferenceType()) {
      PathRef p = A.graph_.pathOf(init);
      if (p.ok) {
        A.graph_.alias(v->getCanonicalDecl(), p);
        return;
      }
    }
    Val val = A.graph_.valueOf(init, c, F);
    if (val.node >= 0) {
      int n = A.graph_.varNode(v);
      A.graph_.addEdge(Edge{n, {}, val.node, {}, init->getBeginLoc(), c, false, {}});
      S.topNodes.push_back(n);
    }
  }

  void expr(const Expr *e, const Ctx &c) {
    // a lambda's body is its own function, run where the lambda is called (`auto deny = [..]{..};`)
    if (!e || isa<LambdaExpr>(e))
      return;
    visit(e, c);
    for (const Stmt *child : e->children()) {
      if (!child || isa<LambdaExpr>(child))
        continue;
      if (auto *ce = dyn_cast<Expr>(child))
        expr(ce, c);
      else
        stmt(child, c);
    }
  }

  // What a callee in another TU writes into a JSON argument is written into that argument here,
  // at the call, so that the response graph carries it to the response like a local callee's.
  void foreignWrites(const CallExpr *call, const CalleeFacts &callee, const Ctx &c) {
    for (unsigned i = 0; i < call->getNumArgs() && i < callee.parameterWrites.size(); ++i) {
      if (callee.parameterWrites[i].empty())
        continue;
      PathRef p = A.graph_.pathOf(call->getArg(i));
      if (!p.ok)
        continue;
      for (const model::ResponseWrite &w : callee.parameterWrites[i])
        if (std::optional<Edge> e = foreignWriteEdge(p.node, p.keys, w, call->getBeginLoc(), c))
          A.graph_.addEdge(std::move(*e));
    }
  }

  void failure(FailurePath::Kind k, std::string what, SourceLocation l, const Ctx &c, const Stmt *site = nullptr) {
    S.failures.push_back({k, std::move(what), l, c, site});
  }

  static std::string shortText(std::string t) {
    for (auto &ch : t)
      if (ch == '\n' || ch == '\t')
        ch = ' ';
    if (t.size() > 60)
      t = t.substr(0, 57) + "...";
    return t;
  }

  void visit(const Expr *e, const Ctx &c) {
    if (auto *call = dyn_cast<CallExpr>(e))
      A.route(call, c, S);
    // comparisons with the trigger source
    if (isa<BinaryOperator>(e) || isa<CXXOperatorCallExpr>(e) || isa<CallExpr>(e) || isa<CXXRewrittenBinaryOperator>(e)) {
      if (auto a = A.sources_.atom(e); a && !a->guessed) {
        SourceLocation use = constantUse(A.SM, e, a->litLoc);
        SourceLocation at = use.isValid() ? use : a->litLoc;
        bool dup = false;
        for (const auto &x : S.comparisons)
          if (x.loc == at)
            dup = true;
        if (!dup)
          S.comparisons.push_back({a->value, a->op, at, c, use.isValid() ? a->litLoc : SourceLocation()});
      }
    }
    if (auto *t = dyn_cast<CXXThrowExpr>(e)) {
      std::string what = "throw";
      if (const Expr *sub = t->getSubExpr()) {
        std::string st = A.text(sub);
        auto cut = st.find_first_of("({");
        if (cut != std::string::npos)
          st = st.substr(0, cut);
        while (!st.empty() && std::isspace(static_cast<unsigned char>(st.back())))
          st.pop_back();
        what += " " + shortText(st);
      }
      failure(FailurePath::Kind::Throw, what, t->getThrowLoc(), c, t);
      return;
    }
    if (isa<CXXConstructExpr>(e) || isa<CXXUnresolvedConstructExpr>(e)) {
      ConstructedResponse r = constructedResponse(A.C, e);
      if (r.payload && r.outcome == ConstructedResponse::Outcome::Failure)
        failure(FailurePath::Kind::FailureResponse, "invocation_response(..., false)", e->getBeginLoc(), c);
      if (r.payload && r.outcome == ConstructedResponse::Outcome::Success)
        successPayload(r.payload, c);
      return;
    }
    if (auto *b = dyn_cast<BinaryOperator>(e)) {
      if (b->getOpcode() == BO_Assign)
        assign(b->getLHS(), b->getRHS(), c, b->getOperatorLoc());
      return;
    }
    if (auto *oc = dyn_cast<CXXOperatorCallExpr>(e)) {
      if (oc->getOperator() == OO_Equal && oc->getNumArgs() == 2)
        assign(oc->getArg(0), oc->getArg(1), c, oc->getOperatorLoc());
      else if (oc->getOperator() == OO_Call)
        callExpr(oc, c); // a function object or a lambda: its operator() is followed as a function
      return;
    }
    if (auto *call = dyn_cast<CallExpr>(e))
      callExpr(call, c);
  }

  void assign(const Expr *lhs, const Expr *rhs, const Ctx &c, SourceLocation opLoc) {
    // AWS SDK ClientConfiguration timeouts (waits.h)
    if (std::optional<Wait> w = assignedWait(A.C, lhs, rhs)) {
      S.slow.push_back({w->what, w->millis, w->loc, c});
      return;
    }
    const Expr *l = strip(lhs);
    // element of a string array later passed to WithArray: arr[0] = "email";
    if (auto *oc = dyn_cast<CXXOperatorCallExpr>(l); oc && oc->getOperator() == OO_Subscript) {
      if (auto *d = dyn_cast<DeclRefExpr>(strip(oc->getArg(0))))
        if (auto *v = dyn_cast<VarDecl>(d->getDecl()); v && !jsonVar(v)) {
          if (auto lit = strLit(rhs))
            A.graph_.addArrayString(v->getCanonicalDecl(), lit->first);
          return;
        }
    }
    PathRef p = A.graph_.pathOf(lhs);
    if (!p.ok)
      return;
    Val v = A.graph_.valueOf(rhs, c, F);
    Edge edge{p.node, p.keys, v.node, v.strings, p.keys.empty() ? opLoc : p.lastKeyLoc, c, false, {}};
    if (p.keys.empty() && v.node < 0)
      return;
    A.graph_.addEdge(std::move(edge));
    if (!p.keys.empty())
      S.topNodes.push_back(p.node);
  }

  void successPayload(const Expr *payload, const Ctx &c) {
    S.payloads.push_back({classifyResponsePayload(A.C, *F, payload), payload->getBeginLoc(), c});
    int root = A.graph_.serialisedNode(payload, c, F);
    if (root >= 0)
      S.serialised.push_back({root, payload->getBeginLoc()});
  }

  void callExpr(const CallExpr *call, const Ctx &c) {
    const Expr *obj = nullptr;
    std::string name = calleeName(call, &obj);
    std::string calleeText = A.text(call->getCallee());
    const FunctionDecl *fd = call->getDirectCallee();
    auto inStd = [&]() {
      if (fd)
        return fd->isInStdNamespace() || fd->getDeclContext()->isTranslationUnit() ||
               fd->getDeclContext()->isExternCContext();
      return calleeText.find("::") == std::string::npos || calleeText.rfind("std::", 0) == 0 ||
             calleeText.rfind("::", 0) == 0;
    };
    if (ExceptionFlow::isThrowSite(call)) {
      failure(FailurePath::Kind::Throw, "std::rethrow_exception", call->getBeginLoc(), c, call);
      return;
    }
    // exits
    if (!obj && (name == "exit" || name == "_Exit" || name == "quick_exit" || name == "abort" ||
                 (name == "terminate" && (calleeText.find("std") != std::string::npos || (fd && fd->isInStdNamespace())))) &&
        inStd()) {
      failure(FailurePath::Kind::Exit, shortText(calleeText.empty() ? name : calleeText), call->getBeginLoc(), c);
      return;
    }
    bool onResponse = calleeText.find("invocation_response") != std::string::npos;
    if (auto *md = dyn_cast_or_null<CXXMethodDecl>(fd))
      onResponse = onResponse || md->getParent()->getName() == "invocation_response";
    if (name == "failure" && onResponse) {
      failure(FailurePath::Kind::FailureResponse, "invocation_response::failure", call->getBeginLoc(), c);
      return;
    }
    if (name == "success" && onResponse && call->getNumArgs() >= 1) {
      successPayload(call->getArg(0), c);
      return;
    }
    // sleeps and libcurl timeouts (waits.h)
    if (WaitCall wait = calledWait(A.C, call); wait.isWaitCall) {
      if (wait.wait)
        S.slow.push_back({wait.wait->what, wait.wait->millis, wait.wait->loc, c});
      return;
    }
    // JSON writes: emplace and JsonValue builders
    if (name == "emplace" && obj && call->getNumArgs() == 2) {
      PathRef p = A.graph_.pathOf(obj);
      if (p.ok) {
        auto [k, l] = A.graph_.keyOf(call->getArg(0));
        Val v = A.graph_.valueOf(call->getArg(1), c, F);
        p.keys.push_back(k);
        A.graph_.addEdge(Edge{p.node, p.keys, v.node, v.strings, l, c, false, {}});
        S.topNodes.push_back(p.node);
      }
      return;
    }
    if (name.rfind("With", 0) == 0 || name == "AsObject") {
      // Only the outermost builder of a chain records (inner ones are reached through it).
      int n = A.graph_.builderChain(call, c, F);
      if (n >= 0)
        S.topNodes.push_back(n);
      return;
    }
    // calls into functions of this translation unit
    if (const FunctionDecl *callee = A.userFunction(call)) {
      CallSite site{callee, call, call->getBeginLoc(), c, {}};
      unsigned offset = 0;
      if (isa<CXXOperatorCallExpr>(call) && isa<CXXMethodDecl>(callee))
        offset = 1;
      for (unsigned i = 0; i + offset < call->getNumArgs() && i < callee->getNumParams(); ++i) {
        const ParmVarDecl *pv = callee->getParamDecl(i);
        PathRef p = A.graph_.pathOf(call->getArg(i + offset));
        site.argNodes.push_back(p.ok && p.keys.empty() ? p.node : -1);
        if (p.ok && pv->getType()->isReferenceType() && !pv->getType().getNonReferenceType().isConstQualified() &&
            jsonLikeType(pv->getType())) {
          A.graph_.addEdge(Edge{p.node, p.keys, A.graph_.varNode(pv), {}, call->getBeginLoc(), c, true, call->getBeginLoc()});
        }
      }
      A.linkCaptures(site);
      S.calls.push_back(std::move(site));
      A.pending_.push_back(callee);
    } else {
      // cross-TU join: the callee's facts from its own TU
      if (const CalleeFacts *callee = A.foreignFacts(call)) {
        S.foreign.push_back({callee, call, call->getBeginLoc(), c});
        foreignWrites(call, *callee, c);
      }
    }
  }
};

Summary &Analyzer::summary(const FunctionDecl *f) {
  auto it = summaries_.find(f);
  if (it != summaries_.end())
    return it->second;
  Summary &s = summaries_[f];
  size_t firstEdge = graph_.edges().size();
  const FunctionDecl *outer = graph_.current();
  graph_.enter(f);
  Walker w{*this, f, s};
  w.stmt(f->getBody(), Ctx{});
  graph_.enter(outer);
  applySourceFlow(f, s, firstEdge);
  return s;
}

} // namespace tl::clangfe
