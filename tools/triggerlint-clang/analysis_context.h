#pragma once
// What the handler analysis keeps per function and shares between its parts: the trigger-source
// context of a fact, a function's summary (facts, calls, JSON writes), and the response graph's
// edges. A summary is built once per function and expanded per handler.
#include "model/model.h"
#include "response_payload.h"
#include "thrown_type_names.h"

#include "clang/Basic/SourceLocation.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class CallExpr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace tl::clangfe {

// Calls below a handler that its facts are followed into. Each function is followed once per state
// (call_path_visits.h), not once per path, so the bound only ends chains that no handler has.
constexpr int kMaxCallDepth = 64;
constexpr int kMaxPathDepth = 24;

/// The trigger sources a fact is reached under: those it is guarded by (any of them; none: any
/// source) and those excluded.
struct Ctx {
  std::vector<std::string> guards, excluded;
  // Reached through a call under guards that no source passes together with the callee's own
  // (`src == A` around a call of a helper that tests `s == B`): it never runs. Its guards are
  // then both lists, kept for the comparisons there, which are written whether they run or not.
  bool never = false;
};

inline void addAll(std::vector<std::string> &to, const std::vector<std::string> &from) {
  for (const auto &s : from)
    if (std::find(to.begin(), to.end(), s) == to.end())
      to.push_back(s);
}

/// True when guard `g` is one of the sources `guard` admits: the same, or `guard` is a prefix
/// (a starts_with test) of it.
inline bool guardAdmits(const std::string &guard, const std::string &g) {
  return g.size() >= guard.size() && g.compare(0, guard.size(), guard) == 0;
}

/// The context of a fact reached through a call: the sources both `outer` (around the call) and
/// `inner` (in the callee) let through, and those either excludes.
inline Ctx merged(const Ctx &outer, const Ctx &inner) {
  Ctx c = outer;
  c.never = outer.never || inner.never;
  addAll(c.excluded, inner.excluded);
  if (outer.guards.empty() || inner.guards.empty()) {
    addAll(c.guards, inner.guards);
    return c;
  }
  std::vector<std::string> both;
  for (const auto &g : outer.guards)
    if (std::any_of(inner.guards.begin(), inner.guards.end(), [&](const std::string &i) { return guardAdmits(i, g); }))
      addAll(both, {g});
  for (const auto &g : inner.guards)
    if (std::any_of(outer.guards.begin(), outer.guards.end(), [&](const std::string &o) { return guardAdmits(o, g); }))
      addAll(both, {g});
  if (both.empty()) {
    c.never = true;
    addAll(c.guards, inner.guards);
  } else {
    c.guards = std::move(both);
  }
  return c;
}

/// The context of a fact reached under `a` or under `b`: any source either lets through. Where
/// only one side has guards, the other's "any source but its excluded" already holds them, so the
/// result keeps the excluded both sides exclude, a superset of the union.
inline Ctx joined(const Ctx &a, const Ctx &b) {
  if (a.never)
    return b;
  if (b.never)
    return a;
  Ctx c;
  if (!a.guards.empty() && !b.guards.empty()) {
    c.guards = a.guards;
    addAll(c.guards, b.guards);
  }
  for (const auto &e : a.excluded)
    if (std::find(b.excluded.begin(), b.excluded.end(), e) != b.excluded.end())
      c.excluded.push_back(e);
  return c;
}

/// A fact's place in the model: where it is, the calls that lead there, and its sources.
inline model::CodeContext codeContext(Location at, const std::vector<Location> &via, const Ctx &c) {
  model::CodeContext cc;
  cc.loc = std::move(at);
  cc.via = via;
  cc.guards = c.guards;
  cc.excluded = c.excluded;
  return cc;
}

/// What a condition says about the trigger source in its then and else branches.
struct CondInfo {
  std::vector<std::string> thenGuards, thenExcl, elseGuards, elseExcl;
  bool guessed = false; // holds a test guessed in a degraded parse (degraded_guards.h)
  bool any() const { return !thenGuards.empty() || !thenExcl.empty() || !elseGuards.empty() || !elseExcl.empty(); }
};

/// One comparison of the trigger source with a string.
struct Atom {
  std::string value, op;
  bool positive = true; // true when the expression is true for triggerSource == value
  clang::SourceLocation litLoc;
  bool guessed = false; // a degraded parse hid the compared value (degraded_guards.h)
};

/// A failure path (throw, exit, failure response) in one function, before expansion.
struct LocalFailure {
  model::FailurePath::Kind kind;
  std::string what;
  clang::SourceLocation loc;
  Ctx ctx;
  const clang::Stmt *site = nullptr; // a Throw's throw expression or std::rethrow_exception call
  // The keys of the routing table whose operator[] made the empty std::function this failure calls:
  // it happens only under the sources reaching it that are none of them.
  std::vector<std::string> unlessKeys = {};
};
/// A trigger-source comparison in one function.
struct LocalCmp {
  std::string value, op;
  clang::SourceLocation loc; // the compared string as written: the literal, or the constant's name
  Ctx ctx;
  clang::SourceLocation constant = {}; // the literal, when loc names a constant
};
/// A wait (sleep, timeout) in one function.
struct LocalSlow {
  std::string what;
  std::optional<long long> millis;
  clang::SourceLocation loc;
  Ctx ctx;
};
/// A success payload's kind in one function.
struct LocalPayload {
  PayloadClass cls;
  clang::SourceLocation loc;
  Ctx ctx;
};
/// A JSON object whose text a function passes to invocation_response::success, and where.
struct Serialised {
  int node;
  clang::SourceLocation loc; // the payload, so that one no trigger source reaches is dropped
};
/// A call into a function whose body this translation unit has.
struct CallSite {
  const clang::FunctionDecl *callee;
  const clang::CallExpr *call;
  clang::SourceLocation loc;
  Ctx ctx;
  std::vector<int> argNodes; // node of each argument when it is a whole JSON variable, else -1
  // a lambda's captured JSON variables: (the capture's node in the lambda, the variable's node here)
  std::vector<std::pair<int, int>> captures = {};
  std::optional<std::string> routeKey = {}; // a routing table's entry: the call runs under this key only
};

/// What a function defined in another TU of the unit does, summarised there: its facts as if
/// it were a handler, and per parameter the writes it makes into the JSON passed there, each
/// path from the parameter.
struct CalleeFacts {
  model::Handler facts;
  std::vector<std::vector<model::ResponseWrite>> parameterWrites;
  std::vector<model::ResponseWrite> returnWrites; // into the JSON it returns, each path from it
  // per index in facts.failures of a throw: the exceptions it escapes with, as thrown_type_names.h
  // names them; a throw missing here has a type the caller cannot know
  std::map<size_t, std::vector<NamedThrownType>> thrownTypes;
};

/// A call into another TU of the unit, joined by the callee's facts.
struct ForeignCall {
  const CalleeFacts *callee;
  const clang::CallExpr *call; // for the try statements around it
  clang::SourceLocation loc;
  Ctx ctx;
};

/// Everything one walk of a function body found, with the guards local to that function.
struct Summary {
  std::vector<LocalFailure> failures;
  std::vector<LocalCmp> comparisons;
  std::vector<LocalSlow> slow;
  std::vector<CallSite> calls;
  std::vector<ForeignCall> foreign; // calls into another TU of the unit, joined by their facts
  std::vector<Serialised> serialised; // what goes into invocation_response::success
  // calls whose result the function returns (`return respond();`): what they serialise is the
  // function's own response
  std::vector<const clang::CallExpr *> returnedCalls;
  std::vector<LocalPayload> payloads;
  std::vector<int> topNodes;   // local JSON variables with keyed writes (degraded fallback)
};

/// An edge of the response graph: from a node, through keys, to a node or a leaf value.
struct Edge {
  int from = -1;
  std::vector<std::string> keys;
  int to = -1; // -1: leaf value
  std::vector<std::string> strings;
  clang::SourceLocation loc;
  Ctx ctx;
  bool hasSite = false; // crosses into a callee (argument → parameter, return value)
  clang::SourceLocation site;
  // A write a callee in another translation unit makes into the argument: where it is, the calls
  // below `site` that lead there, and its sources there (`loc` is then the call).
  std::optional<model::CodeContext> foreign = {};
};

/// A JSON place an expression names: a node and the keys below it.
struct PathRef {
  bool ok = false;
  int node = -1;
  std::vector<std::string> keys;
  clang::SourceLocation lastKeyLoc;
};

/// A JSON value an expression gives: a node, or leaf strings.
struct Val {
  int node = -1;
  std::vector<std::string> strings;
};

/// A write a callee in another TU makes, as an edge from `node` at `call` (under `c`): its path
/// continues `keys`; nullopt when no source makes it there and here both.
inline std::optional<Edge> foreignWriteEdge(int node, std::vector<std::string> keys, const model::ResponseWrite &w,
                                            clang::SourceLocation call, const Ctx &c) {
  Ctx both = merged(c, Ctx{w.ctx.guards, w.ctx.excluded});
  if (both.never)
    return std::nullopt;
  keys.insert(keys.end(), w.path.begin(), w.path.end());
  return Edge{node, std::move(keys), -1, w.strings, call, std::move(both), true, call, w.ctx};
}

} // namespace tl::clangfe
