#include "routing_table.h"

#include "member_routing_table.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// Bounds the variables followed from the call back to the lookup (`auto it = ...; auto &fn = ...`).
constexpr int kMaxHops = 4;

// Through the conversions a table's value and a lookup's result go through: implicit casts,
// temporaries, std::function's converting constructor, `&f`.
const Expr *unwrap(const Expr *e) {
  for (int i = 0; e && i < 16; ++i) {
    const Expr *next = e->IgnoreImplicit()->IgnoreParens();
    if (auto *ce = dyn_cast<CXXConstructExpr>(next); ce && !isa<CXXTemporaryObjectExpr>(ce) && ce->getNumArgs() >= 1 &&
                                                     (ce->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(ce->getArg(1))))
      next = ce->getArg(0);
    else if (auto *fc = dyn_cast<CXXFunctionalCastExpr>(next))
      next = fc->getSubExpr();
    else if (auto *u = dyn_cast<UnaryOperator>(next); u && u->getOpcode() == UO_AddrOf)
      next = u->getSubExpr();
    if (next == e)
      return e;
    e = next;
  }
  return e;
}

// std::bind(&Handlers::postAuth, this, _1) and std::bind_front call what they bind.
const Expr *bound(const Expr *e) {
  for (int i = 0; e && i < 4; ++i) {
    auto *call = dyn_cast<CallExpr>(unwrap(e));
    const FunctionDecl *fd = call ? call->getDirectCallee() : nullptr;
    if (!fd || !fd->isInStdNamespace() || !fd->getIdentifier() || call->getNumArgs() < 1 ||
        (fd->getName() != "bind" && fd->getName() != "bind_front"))
      return e;
    e = call->getArg(0);
  }
  return e;
}

const FunctionDecl *functionOf(const Expr *value) {
  value = unwrap(bound(value));
  const FunctionDecl *fd = nullptr;
  if (auto *le = dyn_cast_or_null<LambdaExpr>(value))
    fd = le->getCallOperator();
  else if (auto *dr = dyn_cast_or_null<DeclRefExpr>(value))
    fd = dyn_cast<FunctionDecl>(dr->getDecl());
  const FunctionDecl *def = nullptr;
  if (!fd || !fd->hasBody(def) || !def)
    return nullptr;
  const SourceManager &SM = def->getASTContext().getSourceManager();
  if (def->getLocation().isInvalid() || SM.isInSystemHeader(SM.getFileLoc(def->getLocation())))
    return nullptr;
  return def;
}

bool isMapType(QualType t) {
  const auto *rd = t.getNonReferenceType()->getAsCXXRecordDecl();
  if (!rd)
    return false;
  llvm::StringRef name = rd->getName();
  return name == "map" || name == "unordered_map" || name == "flat_map";
}

std::string memberName(const CallExpr *call, const Expr **object) {
  *object = nullptr;
  if (auto *mc = dyn_cast<CXXMemberCallExpr>(call)) {
    *object = mc->getImplicitObjectArgument();
    if (const CXXMethodDecl *md = mc->getMethodDecl(); md && md->getIdentifier())
      return md->getName().str();
  }
  return "";
}

} // namespace

std::vector<std::pair<const Expr *, const Expr *>> bracedPairs(const Expr *init) {
  std::vector<std::pair<const Expr *, const Expr *>> out;
  const InitListExpr *list = nullptr;
  for (int i = 0; init && i < 8 && !list; ++i) {
    init = init->IgnoreImplicit()->IgnoreParens();
    if (auto *il = dyn_cast<InitListExpr>(init))
      list = il;
    else if (auto *sil = dyn_cast<CXXStdInitializerListExpr>(init))
      init = sil->getSubExpr();
    else if (auto *ce = dyn_cast<CXXConstructExpr>(init); ce && ce->getNumArgs() >= 1)
      init = ce->getArg(0);
    else
      return out;
  }
  if (!list)
    return out;
  for (const Expr *item : list->inits()) {
    item = item->IgnoreImplicit()->IgnoreParens();
    if (auto *il = dyn_cast<InitListExpr>(item); il && il->getNumInits() == 2)
      out.emplace_back(il->getInit(0), il->getInit(1));
    else if (auto *ce = dyn_cast<CXXConstructExpr>(item); ce && ce->getNumArgs() == 2)
      out.emplace_back(ce->getArg(0), ce->getArg(1));
  }
  return out;
}

std::vector<RouteEntry> RoutingTables::entries(const Expr *table) const {
  std::vector<RouteEntry> out;
  const Expr *bareTable = unwrap(table);
  std::vector<std::pair<const Expr *, const Expr *>> pairs;
  if (auto *me = dyn_cast_or_null<MemberExpr>(bareTable)) {
    auto *field = dyn_cast<FieldDecl>(me->getMemberDecl());
    if (!field || !isMapType(field->getType()))
      return out;
    pairs = memberTablePairs(field);
  } else {
    auto *dr = dyn_cast_or_null<DeclRefExpr>(bareTable);
    auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
    const Expr *init = vd ? vd->getAnyInitializer() : nullptr;
    if (!init || !isMapType(vd->getType()))
      return out;
    pairs = bracedPairs(init);
  }
  for (const auto &[key, value] : pairs)
    if (auto lit = literal_(key))
      out.push_back({lit->first, lit->second, value, functionOf(value)});
  return out;
}

// `routes.find(src)` (iterator = true) or `routes.at(src)` / `routes[src]` (iterator = false);
// `subscript` is set to a `routes[src]` lookup.
std::vector<RouteEntry> RoutingTables::lookup(const Expr *e, bool iterator, const CallExpr **subscript) const {
  e = unwrap(e);
  if (auto *oc = dyn_cast_or_null<CXXOperatorCallExpr>(e)) {
    if (iterator || oc->getOperator() != OO_Subscript || oc->getNumArgs() != 2 || !isSource_(oc->getArg(1)))
      return {};
    std::vector<RouteEntry> out = entries(oc->getArg(0));
    if (subscript && !out.empty())
      *subscript = oc;
    return out;
  }
  auto *call = dyn_cast_or_null<CallExpr>(e);
  const Expr *object = nullptr;
  std::string name = call ? memberName(call, &object) : "";
  if (!object || call->getNumArgs() != 1 || !isSource_(call->getArg(0)))
    return {};
  if (iterator ? name == "find" : name == "at")
    return entries(object);
  return {};
}

// What a callee expression holds: a value looked up by the trigger source, directly, through
// `->second` of a found iterator, or through local variables initialised from these.
std::vector<RouteEntry> RoutingTables::held(const Expr *e, int depth, const CallExpr **subscript) const {
  e = unwrap(e);
  if (!e || depth > kMaxHops)
    return {};
  if (std::vector<RouteEntry> direct = lookup(e, false, subscript); !direct.empty())
    return direct;
  if (auto *me = dyn_cast<MemberExpr>(e); me && me->getMemberDecl()->getName() == "second") {
    const Expr *it = unwrap(me->getBase());
    if (auto *arrow = dyn_cast<CXXOperatorCallExpr>(it); arrow && arrow->getOperator() == OO_Arrow)
      it = unwrap(arrow->getArg(0));
    return found(it);
  }
  if (auto *dr = dyn_cast<DeclRefExpr>(e))
    if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()); vd && vd->hasLocalStorage() && !isa<ParmVarDecl>(vd))
      return held(vd->getInit(), depth + 1, subscript);
  return {};
}

// An iterator from routes.find(src), directly or through local variables.
std::vector<RouteEntry> RoutingTables::found(const Expr *it) const {
  for (int hop = 0; hop < kMaxHops && it; ++hop) {
    if (std::vector<RouteEntry> entries = lookup(it, true, nullptr); !entries.empty())
      return entries;
    auto *dr = dyn_cast<DeclRefExpr>(unwrap(it));
    auto *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
    it = vd && vd->hasLocalStorage() ? unwrap(vd->getInit()) : nullptr;
  }
  return {};
}

std::pair<std::vector<RouteEntry>, bool> RoutingTables::membership(const Expr *e) const {
  e = unwrap(e);
  if (auto *call = dyn_cast_or_null<CallExpr>(e); call && !isa<CXXOperatorCallExpr>(call)) {
    const Expr *object = nullptr;
    std::string name = memberName(call, &object);
    if (object && (name == "count" || name == "contains") && call->getNumArgs() == 1 && isSource_(call->getArg(0)))
      return {entries(object), true};
    return {};
  }
  auto *oc = dyn_cast_or_null<CXXOperatorCallExpr>(e);
  if (!oc || oc->getNumArgs() != 2 || (oc->getOperator() != OO_EqualEqual && oc->getOperator() != OO_ExclaimEqual))
    return {};
  for (int swap = 0; swap < 2; ++swap) {
    auto *end = dyn_cast<CallExpr>(unwrap(oc->getArg(swap ? 0 : 1)));
    const Expr *object = nullptr;
    if (!end || memberName(end, &object) != "end")
      continue;
    if (std::vector<RouteEntry> entries = found(oc->getArg(swap ? 1 : 0)); !entries.empty())
      return {entries, oc->getOperator() == OO_ExclaimEqual};
  }
  return {};
}

std::vector<RouteEntry> RoutingTables::lookedUp(const CallExpr *call) const {
  if (std::vector<RouteEntry> found = lookup(call, false, nullptr); !found.empty())
    return found;
  if (std::vector<RouteEntry> found = lookup(call, true, nullptr); !found.empty())
    return found;
  const Expr *object = nullptr;
  std::string name = memberName(call, &object);
  if (object && (name == "count" || name == "contains") && call->getNumArgs() == 1 && isSource_(call->getArg(0)))
    return entries(object);
  return {};
}

const CallExpr *RoutingTables::subscripted(const Expr *e) const {
  const CallExpr *subscript = nullptr;
  held(e, 0, &subscript);
  return subscript;
}

const CallExpr *RoutingTables::emptyFunctionLookup(const CallExpr *call) const {
  const Expr *callee = calleeOf(call);
  const CallExpr *subscript = callee ? subscripted(callee) : nullptr;
  if (!subscript)
    return nullptr;
  // only std::function throws when empty; an empty function pointer is undefined behaviour
  const auto *rd = subscript->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return rd && rd->isInStdNamespace() && rd->getIdentifier() && rd->getName() == "function" ? subscript : nullptr;
}

std::vector<RouteEntry> RoutingTables::dispatched(const CallExpr *call) const {
  const Expr *callee = calleeOf(call);
  return callee ? held(callee, 0, nullptr) : std::vector<RouteEntry>{};
}

const Expr *RoutingTables::calleeOf(const CallExpr *call) {
  const Expr *callee = nullptr;
  if (auto *oc = dyn_cast<CXXOperatorCallExpr>(call)) {
    if (oc->getOperator() != OO_Call || oc->getNumArgs() < 1)
      return {};
    callee = oc->getArg(0);
  } else if (auto *mc = dyn_cast<CXXMemberCallExpr>(call)) {
    // (this->*routes.at(src))(event): a table of member function pointers
    if (auto *pm = dyn_cast<BinaryOperator>(mc->getCallee()->IgnoreParens()); pm && pm->isPtrMemOp())
      callee = pm->getRHS();
  } else if (const FunctionDecl *fd = call->getDirectCallee();
             fd && fd->isInStdNamespace() && fd->getIdentifier() && fd->getName() == "invoke") {
    callee = call->getNumArgs() >= 1 ? call->getArg(0) : nullptr; // std::invoke(routes.at(src), ...)
  } else {
    callee = call->getCallee();
  }
  return callee;
}

} // namespace tl::clangfe
