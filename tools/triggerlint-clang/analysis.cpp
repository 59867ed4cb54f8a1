// Handler facts from a Clang AST. Every function reachable from a handler is walked once into a
// summary (facts with their local guards, call sites, JSON graph edges); handlers then expand the
// summaries along the call graph, each function once per state it is reached in (call_path_visits.h;
// depth-limited, cycles guarded), so a file with N handlers is not re-walked N times, nor a function
// once per call path. Matching is written against resolved AST shapes and against the recovery
// shapes Clang keeps when a header is missing (RecoveryExpr, ArraySubscriptExpr chains,
// CXXDependentScopeMemberExpr, UnresolvedLookupExpr), by name.
#include "analyzer.h"

#include "call_path_visits.h"
#include "callee_facts.h"
#include "degraded_calls.h"
#include "library_throws.h"
#include "response_paths.h"
#include "serialized_enum.h"
#include "source_parameters.h"
#include "string_constants.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/LambdaCapture.h"
#include "clang/Basic/SourceManager.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>

namespace tl::clangfe {

using namespace clang;
using model::CodeContext;
using model::FailurePath;
using model::Handler;

Analyzer::Analyzer(ASTContext &ctx, const TuInfo &info)
    : C(ctx), SM(ctx.getSourceManager()), info_(info), sources_(ctx, info.degraded),
      graph_(ctx, [this](const CallExpr *call) { return userFunction(call); }),
      flow_(
          ctx, [this](const CallExpr *call) { return userFunction(call); },
          [this](const CallExpr *call) { return knownCall(call); }, info.degraded) {
  graph_.setForeignReturns([this](const CallExpr *call) -> const std::vector<model::ResponseWrite> * {
    const CalleeFacts *callee = foreignFacts(call);
    return callee && !callee->returnWrites.empty() ? &callee->returnWrites : nullptr;
  });
}

Location Analyzer::loc(SourceLocation l) const {
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
bool Analyzer::inSystem(SourceLocation l) const { return l.isValid() && SM.isInSystemHeader(SM.getFileLoc(l)); }

const FunctionDecl *Analyzer::userFunction(const CallExpr *call) const {
  const FunctionDecl *fd = call->getDirectCallee();
  if (!fd && info_.degraded)
    fd = soleCandidate(call);
  // Of the operators only a call `obj(args)` runs user code worth following (a function object, a
  // lambda); `routes[src]` and the like are modelled where they are read (routing_table.h).
  if (auto *op = dyn_cast<CXXOperatorCallExpr>(call); op && op->getOperator() != OO_Call)
    return nullptr;
  if (!fd)
    return nullptr;
  const FunctionDecl *def = nullptr;
  if (!fd->hasBody(def) || !def || !def->doesThisDeclarationHaveABody())
    return nullptr;
  if (inSystem(def->getLocation()) || def->getLocation().isInvalid())
    return nullptr;
  return def;
}

// A throw at `call` that a trigger source which is none of `entries`' keys makes: it happens only
// under such sources (LocalFailure::unlessKeys, narrowed by applySourceFlow).
void Analyzer::addKeylessThrow(Summary &s, const CallExpr *call, const Ctx &c, const std::vector<RouteEntry> &entries,
                               const std::string &exception, std::string table, const std::string &outcome) {
  Ctx keyless = c;
  std::vector<std::string> keys;
  for (const RouteEntry &e : entries)
    keys.push_back(e.key);
  addAll(keyless.excluded, keys);
  if (table.size() > 60)
    table = table.substr(0, 57) + "...";
  s.failures.push_back({FailurePath::Kind::Throw,
                        exception + table + outcome + " for a trigger source that is no key", call->getBeginLoc(),
                        keyless, call, keys});
}

// A routing table's lookups by the trigger source and calls through it throw only what the
// standard says (allocation failures aside, as elsewhere): at() std::out_of_range and an empty
// std::function std::bad_function_call, each for a source that is no key; count, contains, find and
// [] nothing. A call through the table also throws what its entries' functions throw. Without the
// exception's class in the translation unit (a missing header), nothing is claimed.
std::optional<ExceptionFlow::KnownCall> Analyzer::knownCall(const CallExpr *call) const {
  if (!routes_)
    return std::nullopt;
  ExceptionFlow::KnownCall known;
  if (std::vector<RouteEntry> dispatched = routes_->dispatched(call); !dispatched.empty()) {
    for (const RouteEntry &e : dispatched) {
      if (!e.target)
        return std::nullopt; // an entry whose function is not here may throw anything
      known.runs.push_back(e.target);
    }
    if (routes_->emptyFunctionLookup(call))
      if (const Type *badCall = badFunctionCallOf(call, C))
        known.thrown.push_back({ThrownType::Kind::Exact, badCall, call});
    return known;
  }
  if (routes_->lookedUp(call).empty())
    return std::nullopt;
  if (const Type *outOfRange = outOfRangeOf(call, C))
    known.thrown.push_back({ThrownType::Kind::Exact, outOfRange, call});
  return known;
}

// The sources under which a rethrow of `inFlight` happens when every exception in it is a routing
// table's keyless throw: those of the keyless throws (their LocalFailure contexts), joined; an
// empty context with `never` when none of them is reached. nullopt: under any source the rethrow
// itself runs under (some exception is thrown whatever the source, or its lookup is in another
// function than the rethrow, whose context at the call is not known here).
std::optional<Ctx> Analyzer::keylessRethrow(const FunctionDecl *f, const std::vector<ThrownType> &inFlight) const {
  auto summary = summaries_.find(f);
  if (summary == summaries_.end())
    return std::nullopt;
  std::optional<Ctx> out;
  for (const ThrownType &t : inFlight) {
    if (!t.keyless)
      return std::nullopt;
    if (keylessNever_.count(t.keyless))
      continue;
    const LocalFailure *origin = nullptr;
    for (const LocalFailure &x : summary->second.failures)
      if (x.site == t.keyless && !x.unlessKeys.empty())
        origin = &x;
    if (!origin)
      return std::nullopt;
    out = out ? joined(*out, origin->ctx) : origin->ctx;
  }
  if (!out) {
    Ctx never;
    never.never = true;
    return never;
  }
  return out;
}

// Routing tables (routing_table.h): a lookup by the trigger source compares it with every key, and
// a call through the looked-up value runs each entry's function under its key.
void Analyzer::route(const CallExpr *call, const Ctx &c, Summary &s) {
  std::vector<RouteEntry> lookedUp = routes_->lookedUp(call);
  for (const RouteEntry &e : lookedUp)
    if (std::none_of(s.comparisons.begin(), s.comparisons.end(), [&](const LocalCmp &x) { return x.loc == e.keyLoc; }))
      s.comparisons.push_back({e.key, "==", e.keyLoc, c});
  // src.get<Kind>() through NLOHMANN_JSON_SERIALIZE_ENUM compares the source with each string
  if (const Expr *json = nullptr; const EnumDecl *read = enumReadFromJson(call, &json))
    if (sources_.involvesSource(json))
      for (const SerializedEnumerator &p : serializedEnumerators(read))
        if (p.text && std::none_of(s.comparisons.begin(), s.comparisons.end(), [&](const LocalCmp &x) { return x.loc == p.loc; }))
          s.comparisons.push_back({*p.text, "enum-pair", p.loc, c});
  if (!lookedUp.empty() && outOfRangeOf(call, C)) // routes.at(src): std::out_of_range
    addKeylessThrow(s, call, c, lookedUp, "std::out_of_range: ", text(call), " has no entry");
  std::vector<RouteEntry> dispatched = routes_->dispatched(call);

  // routes[src](event): a source that is no key calls the empty std::function operator[] made
  if (const CallExpr *lookup = routes_->emptyFunctionLookup(call))
    addKeylessThrow(s, call, c, dispatched, "std::bad_function_call: ", text(lookup), " is empty");
  for (const RouteEntry &e : dispatched) {
    if (!e.target)
      continue;
    Ctx routed = c;
    routed.guards = {e.key};
    routed.excluded.clear();
    CallSite site{e.target, call, call->getBeginLoc(), routed, {}, {}, e.key};
    linkCaptures(site);
    s.calls.push_back(std::move(site));
    pending_.push_back(e.target);
  }
}

// The facts of a callee in another TU of the unit, summarised there told which arguments are the
// trigger source; null for a call this TU has the body of, or a library call.
const CalleeFacts *Analyzer::foreignFacts(const CallExpr *call) {
  const FunctionDecl *fd = call->getDirectCallee();
  if (!fd || isa<CXXOperatorCallExpr>(call) || !info_.factsElsewhere || userFunction(call))
    return nullptr;
  unsigned sourceMask = 0;
  for (unsigned i = 0; i < call->getNumArgs() && i < 32; ++i)
    if (sources_.involvesSource(call->getArg(i)))
      sourceMask |= 1u << i;
  return info_.factsElsewhere(fd, sourceMask);
}

// A call of a lambda sees the JSON variables it captures as they are at the call: what it writes
// into one it captured by reference is written there, with the call as a note and its guards. A
// copy's writes stay the lambda's; what it serialises of either is what the variable holds.
void Analyzer::linkCaptures(CallSite &site) {
  auto *md = dyn_cast<CXXMethodDecl>(site.callee);
  if (!md || !md->getParent()->isLambda())
    return;
  for (const LambdaCapture &capture : md->getParent()->captures()) {
    auto *v = capture.capturesVariable() ? dyn_cast<VarDecl>(capture.getCapturedVar()) : nullptr;
    if (!v || !jsonVar(v))
      continue;
    PathRef here = graph_.pathOfVar(v);
    if (!here.ok)
      continue;
    int inside = graph_.captureNode(md->getParent(), v);
    if (here.keys.empty())
      site.captures.push_back({inside, here.node});
    if (capture.getCaptureKind() == LCK_ByRef)
      graph_.addEdge(Edge{here.node, here.keys, inside, {}, site.loc, site.ctx, true, site.loc});
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
  // what no trigger source reaches never runs: no failure, wait, call (into this translation unit
  // or another), success() payload or response there
  std::erase_if(s.slow, [&](const LocalSlow &x) { return flow->unreached(x.loc); });
  std::erase_if(s.calls, [&](const CallSite &x) { return flow->unreached(x.loc); });
  std::erase_if(s.foreign, [&](const ForeignCall &x) { return flow->unreached(x.loc); });
  std::erase_if(s.payloads, [&](const LocalPayload &x) { return flow->unreached(x.loc); });
  std::erase_if(s.serialised, [&](const Serialised &x) { return flow->unreached(x.loc); });
  std::erase_if(s.failures, [&](LocalFailure &x) {
    if (flow->unreached(x.loc)) {
      if (!x.unlessKeys.empty())
        keylessNever_.insert(x.site);
      return true;
    }
    std::optional<SourceSet> at = flow->at(x.loc);
    if (!at)
      return false;
    // a routing table's keyless throw (an empty std::function from operator[], at()'s
    // std::out_of_range) happens under the sources reaching the call that are no key; where every
    // source reaching it is a key, it never happens
    for (const std::string &key : x.unlessKeys)
      at = at->meet(SourceSet::allExcept({key, false}));
    if (!x.unlessKeys.empty() && at->unreachable()) {
      keylessNever_.insert(x.site);
      return true;
    }
    x.ctx.guards = at->guards();
    x.ctx.excluded = at->excluded();
    return false;
  });
  for (auto &x : s.comparisons)
    narrow(x.loc, x.ctx);
  for (auto &x : s.slow)
    narrow(x.loc, x.ctx);
  for (auto &x : s.payloads)
    narrow(x.loc, x.ctx);
  for (auto &x : s.foreign)
    narrow(x.loc, x.ctx);
  for (CallSite &x : s.calls) {
    narrow(x.loc, x.ctx);
    if (!x.routeKey)
      continue;
    // a routed call runs under its key only
    std::optional<SourceSet> at = flow->at(x.loc);
    SourceSet routed = SourceSet::only({*x.routeKey, false});
    if (at && !at->meet(routed).unreachable())
      routed = at->meet(routed);
    x.ctx.guards = routed.guards();
    x.ctx.excluded = routed.excluded();
  }
  // nor is a write there: its edge stays (other code keeps edge indices) but no walk of the response
  // graph passes it (response_paths.cpp skips edges that never run)
  for (size_t i = firstEdge; i < graph_.edges().size(); ++i) {
    Edge &e = graph_.edges()[i];
    if (flow->unreached(e.loc)) {
      e.ctx.never = true;
      continue;
    }
    narrow(e.loc, e.ctx);
    // a write another translation unit makes runs under the sources both the call's and its own
    // guards let through (the flow only knows the call's)
    if (e.foreign)
      e.ctx = merged(e.ctx, Ctx{e.foreign->guards, e.foreign->excluded});
  }
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
  std::map<const FunctionDecl *, int> onPath; // the functions on the path, at their depths
  CallPathVisits visits;
  auto mk = [&](SourceLocation l, const std::vector<Location> &via, const Ctx &c) { return codeContext(loc(l), via, c); };
  // A throw is a fact only when no handler on its path catches it; one that leaves a noexcept
  // function is std::terminate at the call of that function, reported once per call.
  std::set<std::string> terminations;
  auto addThrow = [&](const Frame &fr, const LocalFailure &f) {
    if (merged(fr.ctx, f.ctx).never)
      return;
    ExceptionFlow::Outcome o = flow_.follow(f.site, fr.f, fr.calls);
    if (o.kind == ExceptionFlow::Outcome::Kind::Caught)
      return;
    // a rethrow of what only keyless sources throw runs only under them
    Ctx ctx = f.ctx;
    if (f.unlessKeys.empty())
      if (std::optional<Ctx> keyless = keylessRethrow(fr.f, o.escaping))
        ctx = merged(*keyless, f.ctx);
    if (ctx.never || merged(fr.ctx, ctx).never)
      return;
    CodeContext at = mk(f.loc, fr.via, merged(fr.ctx, ctx));
    if (o.kind == ExceptionFlow::Outcome::Kind::Escapes) {
      if (info_.callee)
        if (std::optional<std::vector<NamedThrownType>> named = namesOf(o.escaping))
          info_.callee->thrownTypes[h.failures.size()] = std::move(*named);
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
  // Returns the depth of the shallowest function above `fr` on the path whose call the expansion
  // of `fr` cut (recursion), or kNoCut: a visit with such a cut depends on its path.
  constexpr int kNoCut = std::numeric_limits<int>::max();
  std::function<int(const Frame &, int)> go = [&](const Frame &fr, int depth) -> int {
    if (depth > kMaxCallDepth)
      return kNoCut;
    if (auto above = onPath.find(fr.f); above != onPath.end())
      return above->second;
    CallPathVisits::Arrival arrival = visits.arrive(fr.f, fr.state, depth);
    if (arrival == CallPathVisits::Arrival::Redundant)
      return kNoCut;
    onPath.emplace(fr.f, depth);
    Summary &s = summaries_[fr.f];
    // a shallower arrival or a revisit only follows the calls, which the depth bound or the path cut
    int cut = kNoCut;
    bool first = arrival == CallPathVisits::Arrival::First;
    if (first) {
      // what no source reaches (the call's guards and this function's exclude each other) never runs
      auto runs = [&](const Ctx &c) { return !merged(fr.ctx, c).never; };
      for (const auto &f : s.failures) {
        if (f.kind == FailurePath::Kind::Throw && f.site)
          addThrow(fr, f);
        else if (runs(f.ctx))
          h.failures.push_back({f.kind, f.what, mk(f.loc, fr.via, merged(fr.ctx, f.ctx))});
      }
      for (const auto &c : s.comparisons)
        h.comparisons.push_back({c.value, c.op, mk(c.loc, fr.via, merged(fr.ctx, c.ctx)), loc(c.constant)});
      for (const auto &sl : s.slow)
        if (runs(sl.ctx))
          h.slowCalls.push_back({sl.what, sl.millis, mk(sl.loc, fr.via, merged(fr.ctx, sl.ctx))});
      for (const auto &p : s.payloads)
        if (runs(p.ctx))
          h.payloads.push_back({p.cls.kind, p.cls.text, mk(p.loc, fr.via, merged(fr.ctx, p.ctx))});
    }
    for (const auto &site : s.calls) {
      Frame next{site.callee, fr.via, merged(fr.ctx, site.ctx), fr.calls, fr.callCtx, fr.state};
      // a call that no source makes is not followed: what it reaches is reached on a path that runs,
      // if at all, and its states would take the places of those (kMaxStatesPerFunction)
      if (next.ctx.never)
        continue;
      next.via.push_back(loc(site.loc));
      next.calls.push_back({fr.f, site.call});
      next.callCtx.push_back(next.ctx);
      next.state.guards = next.ctx.guards;
      next.state.excluded = next.ctx.excluded;
      if (!flow_.passesUnchanged(next.calls.back(), site.callee))
        next.state.steps.push_back({fr.f, site.call, site.callee, next.ctx.guards, next.ctx.excluded});
      cut = std::min(cut, go(next, depth + 1));
    }
    if (first) {
      for (const auto &call : s.foreign) {
        const Ctx c = merged(fr.ctx, call.ctx);
        if (c.never)
          continue;
        CodeContext site = mk(call.loc, fr.via, c);
        site.via.push_back(site.loc);
        // A throw whose types have no name here (thrown_type_names.h): any try around the call (or
        // around a call that led here) shields it, so that this coarse answer never reports a
        // throw the typed flow would find caught.
        std::vector<ExceptionFlow::Step> path = fr.calls;
        path.push_back({fr.f, call.call});
        const bool shielded = flow_.insideTry(path);
        // a throw whose types this translation unit knows is matched against the catch clauses
        // on the way like a local one
        auto stopped = [&](size_t k) {
          auto named = call.callee->thrownTypes.find(k);
          std::optional<std::vector<ThrownType>> types;
          if (named != call.callee->thrownTypes.end())
            types = typesNamed(named->second, C);
          if (!types)
            return shielded;
          ExceptionFlow::Outcome o = flow_.followFromCall(*types, call.call, fr.f, fr.calls);
          return o.kind == ExceptionFlow::Outcome::Kind::Caught;
        };
        addCalleeFacts(h, call.callee->facts, site, stopped);
      }
    }
    onPath.erase(fr.f);
    if (cut >= depth)
      return kNoCut; // a call back to fr.f itself or below is cut on every path to it
    visits.markIncomplete(fr.f, fr.state);
    return cut;
  };
  go(Frame{root, {}, Ctx{}, {}, {}, {}}, 0);

  addResponseWrites(h, root, graph_, summaries_, [this](SourceLocation l) { return loc(l); });
}

std::vector<Handler> Analyzer::run() {
  // 1. the handlers discovery found in this translation unit (handler_discovery.cpp)
  std::vector<HandlerCandidate> found = info_.handlers;

  // 2. summaries of everything reachable, each function walked once, guards from the
  // trigger-source flow
  sources_.parameters().insert(info_.sourceParameters.begin(), info_.sourceParameters.end());
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
  std::sort(found.begin(), found.end(), [&](const HandlerCandidate &a, const HandlerCandidate &b) {
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
  // a callee summarised for another TU: what it writes into the JSON passed to it
  if (info_.callee && !found.empty()) {
    const FunctionDecl *fn = found.front().fn;
    info_.callee->parameterWrites.assign(fn->getNumParams(), {});
    if (jsonLikeType(fn->getReturnType()) && !fn->getReturnType()->isVoidType())
      info_.callee->returnWrites = writesInto(graph_.returnNode(fn), graph_, [this](SourceLocation l) { return loc(l); });
    for (unsigned i = 0; i < fn->getNumParams(); ++i) {
      QualType t = fn->getParamDecl(i)->getType();
      if (t->isReferenceType() && !t.getNonReferenceType().isConstQualified() && jsonLikeType(t))
        info_.callee->parameterWrites[i] = writesInto(graph_.varNode(fn->getParamDecl(i)), graph_,
                                                 [this](SourceLocation l) { return loc(l); });
    }
  }
  return out;
}

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
