#include "source_mapping.h"

#include "trigger_source_flow.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// Bounds nested ?: in a returned value.
constexpr int kMaxValueDepth = 8;

void addTo(SourceSet &to, const SourceSet &sources) { to = to.join(sources); }

// Records what `value` is under `sources`: a constant, a truth value of a condition, a nested
// mapping, a choice between two of these; anything else is a value the summary cannot name.
void record(SourceMapping &out, const Expr *value, const SourceSet &sources, const SourceConditions &conds,
            int depth) {
  if (sources.unreachable())
    return;
  value = value ? value->IgnoreParenImpCasts() : nullptr;
  if (!value || depth > kMaxValueDepth) {
    addTo(out.unknown, sources);
    return;
  }
  if (std::optional<long long> c = conds.constant(value)) {
    addTo(out.byValue.try_emplace(*c, SourceSet::none()).first->second, sources);
    return;
  }
  if (auto *co = dyn_cast<ConditionalOperator>(value)) {
    record(out, co->getTrueExpr(), conds.narrow(sources, co->getCond(), true), conds, depth + 1);
    record(out, co->getFalseExpr(), conds.narrow(sources, co->getCond(), false), conds, depth + 1);
    return;
  }
  // return table.at(s); return it->second; with a table keyed by trigger sources
  if (std::vector<RouteEntry> entries = conds.reading().tables->held(value); !entries.empty()) {
    for (const RouteEntry &e : entries) {
      SourceSet under = sources.meet(SourceSet::only({e.key, false}));
      if (std::optional<long long> c = conds.constant(e.value))
        addTo(out.byValue.try_emplace(*c, SourceSet::none()).first->second, under);
      else
        addTo(out.unknown, under);
    }
    conds.addKeyless(out, value, entries, sources);
    return;
  }
  if (const SourceMapping *inner = conds.mapped(value)) {
    for (const auto &[v, s] : inner->byValue)
      addTo(out.byValue.try_emplace(v, SourceSet::none()).first->second, sources.meet(s));
    addTo(out.unknown, sources.meet(inner->unknown));
    return;
  }
  if (value->getType()->isBooleanType()) {
    addTo(out.byValue.try_emplace(1, SourceSet::none()).first->second, conds.narrow(sources, value, true));
    addTo(out.byValue.try_emplace(0, SourceSet::none()).first->second, conds.narrow(sources, value, false));
    return;
  }
  addTo(out.unknown, sources);
}

void collectReturns(const Stmt *s, std::vector<const ReturnStmt *> &out) {
  if (!s || isa<LambdaExpr>(s))
    return; // a lambda's returns are its own
  if (auto *r = dyn_cast<ReturnStmt>(s))
    out.push_back(r);
  for (const Stmt *child : s->children())
    collectReturns(child, out);
}

} // namespace

SourceMapping summariseMapping(const FunctionDecl *fn, const TriggerSourceFlow &flow, const SourceConditions &conds) {
  SourceMapping out;
  std::vector<const ReturnStmt *> returns;
  collectReturns(fn->getBody(), returns);
  for (const ReturnStmt *r : returns)
    if (std::optional<SourceSet> sources = flow.before(r))
      record(out, r->getRetValue(), *sources, conds, 0);
  return out;
}

} // namespace tl::clangfe
