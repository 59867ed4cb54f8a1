// Handler facts from a Clang AST. Every function reachable from a handler is walked once into a
// summary (facts with their local guards, call sites, JSON graph edges); handlers then expand the
// summaries along the call graph, each function once per state it is reached in (call_path_visits.h;
// depth-limited, cycles guarded), so a file with N handlers is not re-walked N times, nor a function
// once per call path. Matching is written against resolved AST shapes and against the recovery
// shapes Clang keeps when a header is missing (RecoveryExpr, ArraySubscriptExpr chains,
// CXXDependentScopeMemberExpr, UnresolvedLookupExpr), by name.
#include "analysis.h"
#include "exception_flow.h"

#include "analysis_context.h"
#include "call_names.h"
#include "call_path_visits.h"
#include "callee_facts.h"
#include "constant_uses.h"
#include "constructed_response.h"
#include "degraded_calls.h"
#include "degraded_guards.h"
#include "expression_wrappers.h"
#include "routing_table.h"
#include "source_comparisons.h"
#include "source_flows.h"
#include "source_parameters.h"
#include "response_graph.h"
#include "response_paths.h"
#include "response_payload.h"
#include "source_text.h"
#include "string_constants.h"
#include "trigger_annotations.h"
#include "waits.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace tl::clangfe {
namespace {

using namespace clang;
using model::CodeContext;
using model::FailurePath;
using model::Handler;
using model::ResponseWrite;
using model::SlowCall;
using model::SourceComparison;

class Analyzer {
public:
  Analyzer(ASTContext &ctx, const TuInfo &info)
      : C(ctx), SM(ctx.getSourceManager()), info_(info), sources_(ctx, info.degraded),
        graph_(ctx, [this](const CallExpr *call) { return userFunction(call); }),
        flow_(ctx, [this](const CallExpr *call) { return userFunction(call); }, info.degraded) {}

  std::vector<Handler> run();

  // ---- locations and text ----
  Location loc(SourceLocation l) const {
    Location out;
    if (l.isInvalid())
      return out;
    l = SM.getFileLoc(l);
    PresumedLoc p = SM.getPresumedLoc(l);
    if (p.isInvalid())
      return out;
    out.file = SM.getFileID(l) == SM.getMainFileID() ? info_.givenPath
               : info_.reportedPath                  ? info_.reportedPath(p.getFilename())
                                                     : std::string(p.getFilename());
    out.line = p.getLine();
    out.column = p.getColumn();
    return out;
  }
  std::string text(SourceRange r) const { return sourceText(C, r); }
  std::string text(const Stmt *s) const { return sourceText(C, s); }
  bool inSystem(SourceLocation l) const { return l.isValid() && SM.isInSystemHeader(SM.getFileLoc(l)); }

  const FunctionDecl *userFunction(const CallExpr *call) const {
    const FunctionDecl *fd = call->getDirectCallee();
    if (!fd && info_.degraded)
      fd = soleCandidate(call);
    if (!fd || isa<CXXOperatorCallExpr>(call))
      return nullptr;
    const FunctionDecl *def = nullptr;
    if ((!fd->hasBody(def) || !def || !def->doesThisDeclarationHaveABody()) && info_.definitionElsewhere)
      def = info_.definitionElsewhere(fd); // cross-TU join: the body from another TU of the unit
    if (!def || !def->doesThisDeclarationHaveABody())
      return nullptr;
    if (inSystem(def->getLocation()) || def->getLocation().isInvalid())
      return nullptr;
    return def;
  }

  // ---- the walk ----
  struct Walker;
  Summary &summary(const FunctionDecl *f);

  // ---- handlers ----
  using Found = HandlerCandidate;
  void annotate(Handler &h, SourceLocation begin) const;
  void applySourceFlow(const FunctionDecl *f, Summary &s, size_t firstEdge);
  void route(const CallExpr *call, const Ctx &c, Summary &s);
  void applyAnnotation(Handler &h, const std::optional<TriggerAnnotation> &a, FileID fid) const;
  void expand(Handler &h, const FunctionDecl *f);

  ASTContext &C;
  SourceManager &SM;
  const TuInfo &info_;
  std::unordered_map<const FunctionDecl *, Summary> summaries_;
  std::deque<const FunctionDecl *> pending_;
  SourceComparisons sources_;
  ResponseGraph graph_;
  ExceptionFlow flow_;
  std::unique_ptr<SourceFlows> flows_;
  std::unique_ptr<RoutingTables> routes_;
  std::unordered_map<const Summary *, std::map<size_t, std::string>> routeKeys_; // call index -> key
};

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
    if (!e)
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
      S.serialised.push_back(root);
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
      unsigned nargs = std::min<unsigned>(call->getNumArgs(), callee->getNumParams());
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
      (void)nargs;
      S.calls.push_back(std::move(site));
      A.pending_.push_back(callee);
    } else if (fd && !isa<CXXOperatorCallExpr>(call) && A.info_.factsElsewhere) {
      // cross-TU join when the body could not be imported: the callee's facts from its own TU
      if (const Handler *facts = A.info_.factsElsewhere(fd))
        S.foreign.push_back({facts, call, call->getBeginLoc(), c});
    }
  }

};

Summary &Analyzer::summary(const FunctionDecl *f) {
  auto it = summaries_.find(f);
  if (it != summaries_.end())
    return it->second;
  Summary &s = summaries_[f];
  size_t firstEdge = graph_.edges().size();
  Walker w{*this, f, s};
  w.stmt(f->getBody(), Ctx{});
  applySourceFlow(f, s, firstEdge);
  return s;
}

// Routing tables (routing_table.h): a lookup by the trigger source compares it with every key, and
// a call through the looked-up value runs each entry's function under its key.
void Analyzer::route(const CallExpr *call, const Ctx &c, Summary &s) {
  for (const RouteEntry &e : routes_->lookedUp(call))
    if (std::none_of(s.comparisons.begin(), s.comparisons.end(), [&](const LocalCmp &x) { return x.loc == e.keyLoc; }))
      s.comparisons.push_back({e.key, "==", e.keyLoc, c});
  for (const RouteEntry &e : routes_->dispatched(call)) {
    if (!e.target)
      continue;
    Ctx routed = c;
    routed.guards = {e.key};
    routed.excluded.clear();
    s.calls.push_back({e.target, call, call->getBeginLoc(), routed, {}});
    routeKeys_[&s][s.calls.size() - 1] = e.key;
    pending_.push_back(e.target);
  }
}

// The trigger-source dataflow over the CFG (trigger_source_flow.h) gives each fact its guards; the
// walk's own guards stay where the CFG has no answer (no CFG, a location outside the body, code
// that no source reaches).
void Analyzer::applySourceFlow(const FunctionDecl *f, Summary &s, size_t firstEdge) {
  const TriggerSourceFlow *flow = flows_ ? flows_->flow(f) : nullptr;
  if (!flow)
    return;
  auto narrow = [&](SourceLocation l, Ctx &c) {
    if (std::optional<SourceSet> sources = flow->at(l)) {
      c.guards = sources->guards();
      c.excluded = sources->excluded();
    }
  };
  for (auto &x : s.failures)
    narrow(x.loc, x.ctx);
  for (auto &x : s.comparisons)
    narrow(x.loc, x.ctx);
  for (auto &x : s.slow)
    narrow(x.loc, x.ctx);
  const std::map<size_t, std::string> &routeKeys = routeKeys_[&s];
  for (size_t i = 0; i < s.calls.size(); ++i) {
    CallSite &x = s.calls[i];
    narrow(x.loc, x.ctx);
    auto key = routeKeys.find(i);
    if (key == routeKeys.end())
      continue;
    // a routed call runs under its key only
    std::optional<SourceSet> at = flow->at(x.loc);
    SourceSet routed = SourceSet::only({key->second, false});
    if (at && !at->meet(routed).unreachable())
      routed = at->meet(routed);
    x.ctx.guards = routed.guards();
    x.ctx.excluded = routed.excluded();
  }
  for (size_t i = firstEdge; i < graph_.edges().size(); ++i)
    narrow(graph_.edges()[i].loc, graph_.edges()[i].ctx);
}

void Analyzer::annotate(Handler &h, SourceLocation begin) const {
  begin = SM.getFileLoc(begin);
  FileID fid = SM.getFileID(begin); // the main file or the header defining the handler
  if (fid.isInvalid())
    return;
  unsigned lineStart = SM.getFileOffset(SM.translateLineCol(fid, SM.getSpellingLineNumber(begin), 1));
  applyAnnotation(h, annotationAbove(SM.getBufferData(fid), lineStart), fid);
}

void Analyzer::applyAnnotation(Handler &h, const std::optional<TriggerAnnotation> &a, FileID fid) const {
  if (!a)
    return;
  SourceLocation start = SM.getLocForStartOfFile(fid);
  h.annotationLoc = loc(start.getLocWithOffset(static_cast<int>(a->offset)));
  for (const auto &[name, offset] : a->names) {
    h.annotatedTriggers.push_back(name);
    h.annotatedTriggerLocs.push_back(loc(start.getLocWithOffset(static_cast<int>(offset))));
  }
}

void Analyzer::expand(Handler &h, const FunctionDecl *root) {
  struct Frame {
    const FunctionDecl *f;
    std::vector<Location> via;
    Ctx ctx;
    std::vector<ExceptionFlow::Step> calls; // the calls of via, for the exception flow
    std::vector<Ctx> callCtx;               // the context at each of them
    PathState state;                        // what the facts depend on (call_path_visits.h)
  };
  std::set<const FunctionDecl *> onPath;
  CallPathVisits visits;
  auto mk = [&](SourceLocation l, const std::vector<Location> &via, const Ctx &c) { return codeContext(loc(l), via, c); };
  // A throw is a fact only when no handler on its path catches it; one that leaves a noexcept
  // function is std::terminate at the call of that function, reported once per call.
  std::set<std::string> terminations;
  auto addThrow = [&](const Frame &fr, const LocalFailure &f) {
    ExceptionFlow::Outcome o = flow_.follow(f.site, fr.f, fr.calls);
    if (o.kind == ExceptionFlow::Outcome::Kind::Caught)
      return;
    CodeContext at = mk(f.loc, fr.via, merged(fr.ctx, f.ctx));
    if (o.kind == ExceptionFlow::Outcome::Kind::Escapes) {
      h.failures.push_back({FailurePath::Kind::Throw, f.what, at});
      return;
    }
    const FunctionDecl *noexceptFn = root;
    if (o.terminatesAt >= 0) {
      auto i = static_cast<size_t>(o.terminatesAt);
      noexceptFn = i + 1 < fr.calls.size() ? fr.calls[i + 1].caller : fr.f;
      at = mk(SourceLocation(), {fr.via.begin(), fr.via.begin() + o.terminatesAt}, fr.callCtx[i]);
      at.loc = fr.via[i];
    }
    std::string key = at.loc.file + ":" + std::to_string(at.loc.line) + ":" + std::to_string(at.loc.column);
    for (const Location &v : at.via)
      key += "<" + std::to_string(v.line) + ":" + std::to_string(v.column);
    auto *method = dyn_cast<CXXMethodDecl>(noexceptFn);
    std::string name = method && method->getParent()->isLambda() ? "(lambda)" : noexceptFn->getNameAsString() + "()";
    if (terminations.insert(key).second)
      h.failures.push_back({FailurePath::Kind::Exit, "std::terminate: " + f.what + " leaves noexcept " + name, at});
  };
  std::function<void(const Frame &, int)> go = [&](const Frame &fr, int depth) {
    if (depth > kMaxCallDepth || onPath.count(fr.f))
      return;
    CallPathVisits::Arrival arrival = visits.arrive(fr.f, fr.state, depth);
    if (arrival == CallPathVisits::Arrival::Redundant)
      return;
    onPath.insert(fr.f);
    Summary &s = summaries_[fr.f];
    // a shallower arrival only follows the calls that the depth bound cut
    bool first = arrival == CallPathVisits::Arrival::First;
    if (first) {
      for (const auto &f : s.failures) {
        if (f.kind == FailurePath::Kind::Throw && f.site)
          addThrow(fr, f);
        else
          h.failures.push_back({f.kind, f.what, mk(f.loc, fr.via, merged(fr.ctx, f.ctx))});
      }
      for (const auto &c : s.comparisons)
        h.comparisons.push_back({c.value, c.op, mk(c.loc, fr.via, merged(fr.ctx, c.ctx)), loc(c.constant)});
      for (const auto &sl : s.slow)
        h.slowCalls.push_back({sl.what, sl.millis, mk(sl.loc, fr.via, merged(fr.ctx, sl.ctx))});
      for (const auto &p : s.payloads)
        h.payloads.push_back({p.cls.kind, p.cls.text, mk(p.loc, fr.via, merged(fr.ctx, p.ctx))});
    }
    for (const auto &site : s.calls) {
      Frame next{site.callee, fr.via, merged(fr.ctx, site.ctx), fr.calls, fr.callCtx, fr.state};
      next.via.push_back(loc(site.loc));
      next.calls.push_back({fr.f, site.call});
      next.callCtx.push_back(next.ctx);
      next.state.guards = next.ctx.guards;
      next.state.excluded = next.ctx.excluded;
      if (!flow_.passesUnchanged(next.calls.back(), site.callee))
        next.state.steps.push_back({fr.f, site.call, site.callee, next.ctx.guards, next.ctx.excluded});
      go(next, depth + 1);
    }
    if (first) {
      for (const auto &call : s.foreign) {
        const Ctx c = merged(fr.ctx, call.ctx);
        CodeContext site = mk(call.loc, fr.via, c);
        site.via.push_back(site.loc);
        // Facts joined without the callee's AST carry no thrown types: any try around the call (or
        // around a call that led here) shields its throws, so that this fallback never reports a
        // throw the typed flow would find caught.
        std::vector<ExceptionFlow::Step> path = fr.calls;
        path.push_back({fr.f, call.call});
        addCalleeFacts(h, *call.facts, site, flow_.insideTry(path));
      }
    }
    onPath.erase(fr.f);
  };
  go(Frame{root, {}, Ctx{}, {}, {}, {}}, 0);

  addResponseWrites(h, root, graph_, summaries_, [this](SourceLocation l) { return loc(l); });
}

std::vector<Handler> Analyzer::run() {
  // 1. the handlers discovery found in this translation unit (handler_discovery.cpp)
  std::vector<Found> found = info_.handlers;

  // 2. summaries of everything reachable, each function walked once, guards from the
  // trigger-source flow
  findSourceParameters(C, [this](const Expr *e) { return sources_.involvesSource(e); }, sources_.parameters());
  routes_ = std::make_unique<RoutingTables>([](const Expr *e) { return strLit(e); },
                                            [this](const Expr *e) { return sources_.involvesSource(e); });
  flows_ = std::make_unique<SourceFlows>(
      C, SourceReading{[this](const Expr *e) -> std::optional<SourceTest> {
                         std::optional<Atom> a = sources_.atom(e);
                         if (!a)
                           return std::nullopt;
                         return SourceTest{a->value, a->op == "starts_with" || a->op == "rfind", a->positive};
                       },
                       [this](const Expr *e) { return sources_.involvesSource(e); }, routes_.get()});
  for (const auto &f : found)
    pending_.push_back(f.fn);
  while (!pending_.empty()) {
    const FunctionDecl *f = pending_.front();
    pending_.pop_front();
    if (!summaries_.count(f) && f->getBody())
      summary(f);
  }

  // 3. handlers
  std::vector<Handler> out;
  std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
    return SM.isBeforeInTranslationUnit(SM.getFileLoc(a.loc), SM.getFileLoc(b.loc));
  });
  for (const auto &f : found) {
    Handler h;
    h.file = info_.givenPath;
    h.function = f.name;
    h.loc = loc(f.loc);
    h.degraded = info_.degraded;
    h.degradedReason = info_.degraded ? info_.degradedReason : "";
    annotate(h, f.begin);
    // the leading comment block of the file defining the handler (a source or a local header)
    // names every handler's triggers there
    if (FileID fid = SM.getFileID(SM.getFileLoc(f.begin)); h.annotatedTriggers.empty() && fid.isValid())
      applyAnnotation(h, leadingAnnotation(SM.getBufferData(fid)), fid);
    expand(h, f.fn);
    out.push_back(std::move(h));
  }
  return out;
}

} // namespace

std::vector<model::Handler> analyzeTranslationUnit(clang::ASTContext &ctx, const TuInfo &info) {
  Analyzer a(ctx, info);
  return a.run();
}

bool annotatedAsHandler(clang::ASTContext &ctx, clang::SourceLocation begin) {
  const TuInfo none;
  Analyzer a(ctx, none);
  Handler probe;
  a.annotate(probe, begin);
  return !probe.annotatedTriggers.empty();
}

} // namespace tl::clangfe
