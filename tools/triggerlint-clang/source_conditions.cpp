#include "source_conditions.h"

#include "serialized_enum.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

#include <set>

namespace tl::clangfe {

using namespace clang;

// Bounds the walk through `!`, `&&`, `||` and variables initialised from conditions.
constexpr int kMaxConditionDepth = 16;

SourceSet SourceMapping::sourcesFor(long long value) const {
  auto it = byValue.find(value);
  return it == byValue.end() ? unknown : it->second.join(unknown);
}

SourceSet SourceMapping::sourcesNotFor(const std::vector<long long> &values) const {
  SourceSet out = unknown;
  for (const auto &[value, sources] : byValue)
    if (std::find(values.begin(), values.end(), value) == values.end())
      out = out.join(sources);
  return out;
}

namespace {

const Expr *bare(const Expr *e) {
  for (int i = 0; e && i < 16; ++i) {
    const Expr *next = e->IgnoreParenImpCasts();
    if (auto *fe = dyn_cast<FullExpr>(next))
      next = fe->getSubExpr();
    else if (auto *mt = dyn_cast<MaterializeTemporaryExpr>(next))
      next = mt->getSubExpr();
    else if (auto *cast = dyn_cast<ExplicitCastExpr>(next)) // static_cast<int>(parse(src))
      next = cast->getSubExpr();
    if (next == e)
      return e;
    e = next;
  }
  return e;
}

// A local reference, constant, or integer/enum/bool variable stands for its initialiser: code
// that parses the source into a kind does not reassign the kind, and following assignments would
// need a second dataflow.
const Expr *localInit(const Expr *e) {
  auto *dr = dyn_cast<DeclRefExpr>(bare(e));
  auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
  if (!vd || isa<ParmVarDecl>(vd) || !vd->hasLocalStorage())
    return nullptr;
  QualType t = vd->getType();
  if (!t.isConstQualified() && !t->isReferenceType() && !t->isIntegralOrEnumerationType())
    return nullptr;
  return vd->getInit();
}

} // namespace

std::optional<long long> SourceConditions::constant(const Expr *e) const {
  if (!e || e->isValueDependent() || e->isTypeDependent() || e->containsErrors())
    return std::nullopt;
  Expr::EvalResult r;
  if (e->EvaluateAsInt(r, C))
    return r.Val.getInt().getExtValue();
  // a table's value bound to std::pair's forwarding constructor: a temporary of the enumerator
  const Expr *inner = e->IgnoreImplicit();
  if (inner != e && inner->EvaluateAsInt(r, C))
    return r.Val.getInt().getExtValue();
  return std::nullopt;
}

const SourceMapping *SourceConditions::mapped(const Expr *e, int depth) const {
  e = bare(e);
  if (!e || depth > kMaxConditionDepth)
    return nullptr;
  // A table's value looked up by the source maps each key to its value, as a mapping function
  // returning table.at(s) does (source_mapping.cpp); a source that is no key does not get past at().
  if (std::vector<RouteEntry> entries = reading_.tables ? reading_.tables->held(e) : std::vector<RouteEntry>{};
      !entries.empty()) {
    auto [it, fresh] = lookups_.try_emplace(e);
    for (size_t i = 0; fresh && i < entries.size(); ++i) {
      std::optional<long long> value = constant(entries[i].value);
      SourceSet &to = value ? it->second.byValue.try_emplace(*value, SourceSet::none()).first->second : it->second.unknown;
      to = to.join(SourceSet::only({entries[i].key, false}));
    }
    if (fresh)
      addKeyless(it->second, e, entries, SourceSet::all());
    return &it->second;
  }
  if (const Expr *json = nullptr; const EnumDecl *en = enumReadFromJson(e, &json)) {
    if (!reading_.isSource(json))
      return nullptr;
    auto [it, fresh] = serialized_.try_emplace(en);
    if (fresh) {
      std::vector<SerializedEnumerator> pairs = serializedEnumerators(en);
      if (!pairs.empty()) {
        // a string reads as the enumerator of its first pair (from_json's find_if), and a string
        // that is no pair's as the first pair's enumerator
        SourceMapping m;
        SourceSet rest = SourceSet::all();
        std::set<std::string> seen;
        for (const SerializedEnumerator &p : pairs) {
          SourceSet &to = m.byValue.try_emplace(p.value, SourceSet::none()).first->second;
          if (!p.text || !seen.insert(*p.text).second)
            continue;
          to = to.join(SourceSet::only({*p.text, false}));
          rest = rest.meet(SourceSet::allExcept({*p.text, false}));
        }
        SourceSet &first = m.byValue[pairs.front().value];
        first = first.join(rest);
        it->second = std::move(m);
      }
    }
    return it->second ? &*it->second : nullptr;
  }
  if (auto *call = dyn_cast<CallExpr>(e)) {
    const FunctionDecl *fd = call->getDirectCallee();
    if (!fd || isa<CXXOperatorCallExpr>(call))
      return nullptr;
    for (const Expr *arg : call->arguments())
      if (reading_.isSource(arg))
        return mappingOf_(fd);
    return nullptr;
  }
  if (const Expr *init = localInit(e))
    return mapped(init, depth + 1);
  return nullptr;
}

void SourceConditions::addKeyless(SourceMapping &to, const Expr *e, const std::vector<RouteEntry> &entries,
                                  const SourceSet &under) const {
  if (!reading_.tables || !reading_.tables->subscripted(e))
    return;
  SourceSet keyless = under;
  for (const RouteEntry &entry : entries)
    keyless = keyless.meet(SourceSet::allExcept({entry.key, false}));
  SourceSet &into = e->getType()->isIntegralOrEnumerationType()
                        ? to.byValue.try_emplace(0, SourceSet::none()).first->second
                        : to.unknown;
  into = into.join(keyless);
}

SourceSet SourceConditions::narrow(const SourceSet &in, const Expr *cond, bool outcome, int depth) const {
  const Expr *e = bare(cond);
  if (!e || depth > kMaxConditionDepth || in.unreachable())
    return in;
  if (auto *u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_LNot)
    return narrow(in, u->getSubExpr(), !outcome, depth + 1);
  if (auto *b = dyn_cast<BinaryOperator>(e); b && (b->getOpcode() == BO_LAnd || b->getOpcode() == BO_LOr)) {
    // `a && b` is true when both are; `a || b` is false when both are false: the other outcome is
    // the union of the two ways to get it.
    bool both = (b->getOpcode() == BO_LAnd) == outcome;
    SourceSet first = narrow(in, b->getLHS(), outcome, depth + 1);
    if (both)
      return narrow(first, b->getRHS(), outcome, depth + 1);
    SourceSet throughRhs = narrow(narrow(in, b->getLHS(), !outcome, depth + 1), b->getRHS(), outcome, depth + 1);
    return first.join(throughRhs);
  }
  if (std::optional<SourceTest> t = reading_.test(e)) {
    SourceItem item{t->value, t->prefix};
    return in.meet(t->positive == outcome ? SourceSet::only(item) : SourceSet::allExcept(item));
  }
  // routes.contains(src), it != routes.end(): the source is one of the keys, or none of them
  if (auto [entries, whenKey] = reading_.tables->membership(e); !entries.empty()) {
    SourceSet keys = SourceSet::none(), notKeys = SourceSet::all();
    for (const RouteEntry &entry : entries) {
      keys = keys.join(SourceSet::only({entry.key, false}));
      notKeys = notKeys.meet(SourceSet::allExcept({entry.key, false}));
    }
    return in.meet(outcome == whenKey ? keys : notKeys);
  }
  // parse(src) == Source::PreAuth, kind != 2
  const Expr *lhs = nullptr, *rhs = nullptr;
  bool equal = false;
  if (auto *b = dyn_cast<BinaryOperator>(e); b && (b->getOpcode() == BO_EQ || b->getOpcode() == BO_NE))
    lhs = b->getLHS(), rhs = b->getRHS(), equal = b->getOpcode() == BO_EQ;
  else if (auto *oc = dyn_cast<CXXOperatorCallExpr>(e);
           oc && oc->getNumArgs() == 2 && (oc->getOperator() == OO_EqualEqual || oc->getOperator() == OO_ExclaimEqual))
    lhs = oc->getArg(0), rhs = oc->getArg(1), equal = oc->getOperator() == OO_EqualEqual;
  if (lhs && rhs) {
    for (int swap = 0; swap < 2; ++swap) {
      const Expr *m = swap ? rhs : lhs, *k = swap ? lhs : rhs;
      const SourceMapping *mapping = mapped(m, depth + 1);
      std::optional<long long> value = mapping ? constant(k) : std::nullopt;
      if (value)
        return in.meet(equal == outcome ? mapping->sourcesFor(*value) : mapping->sourcesNotFor({*value}));
    }
    return in;
  }
  // if (isPostAuthentication(src)): a mapping to bool or int used as a truth value
  if (const SourceMapping *mapping = mapped(e, depth + 1))
    return in.meet(outcome ? mapping->sourcesNotFor({0}) : mapping->sourcesFor(0));
  // bool pre = src == "PreAuthentication_Authentication"; if (pre) ...
  if (const Expr *init = localInit(e); init && init->getType()->isBooleanType())
    return narrow(in, init, outcome, depth + 1);
  return in;
}

SourceSet SourceConditions::narrowCase(const SourceSet &in, const SwitchStmt *sw, const SwitchCase *label) const {
  const SourceMapping *mapping = sw ? mapped(sw->getCond()) : nullptr;
  if (!mapping)
    return in;
  if (auto *cs = dyn_cast_or_null<CaseStmt>(label)) {
    std::optional<long long> value = cs->getRHS() ? std::nullopt : constant(cs->getLHS());
    return value ? in.meet(mapping->sourcesFor(*value)) : in;
  }
  std::vector<long long> listed;
  for (const SwitchCase *c = sw->getSwitchCaseList(); c; c = c->getNextSwitchCase())
    if (auto *cs = dyn_cast<CaseStmt>(c)) {
      if (cs->getRHS())
        return in; // a GNU case range: its values are not listed one by one
      if (std::optional<long long> value = constant(cs->getLHS()))
        listed.push_back(*value);
      else
        return in;
    }
  return in.meet(mapping->sourcesNotFor(listed));
}

} // namespace tl::clangfe
