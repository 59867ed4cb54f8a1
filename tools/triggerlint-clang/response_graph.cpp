#include "response_graph.h"

#include "call_names.h"
#include "expression_wrappers.h"
#include "source_text.h"
#include "string_constants.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

#include <nlohmann/json.hpp>

namespace tl::clangfe {
namespace {

using namespace clang;

std::string lower(std::string s) {
  for (auto &c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A JSON literal's objects as nodes and its keys as edges, all written at the literal.
void buildFromJson(ResponseGraph &g, int node, const nlohmann::json &j, SourceLocation l, const Ctx &ctx, int depth) {
  if (!j.is_object() || depth > kMaxPathDepth)
    return;
  for (auto it = j.begin(); it != j.end(); ++it) {
    Edge e;
    e.from = node;
    e.keys = {it.key()};
    e.loc = l;
    e.ctx = ctx;
    const auto &v = it.value();
    if (v.is_object() && !v.empty()) {
      e.to = g.newNode();
      buildFromJson(g, e.to, v, l, ctx, depth + 1);
    } else if (v.is_object()) {
      e.to = g.newNode();
    } else if (v.is_string()) {
      e.strings = {v.get<std::string>()};
    } else if (v.is_array()) {
      for (const auto &item : v)
        if (item.is_string())
          e.strings.push_back(item.get<std::string>());
    }
    g.addEdge(std::move(e));
  }
}

} // namespace

bool jsonLikeType(QualType t) {
  if (t.isNull() || t->isDependentType() || t->containsErrors() || t->isUndeducedType())
    return true;
  std::string s = lower(t.getNonReferenceType().getCanonicalType().getAsString());
  return s.find("json") != std::string::npos && s.find("jsonview") == std::string::npos;
}
bool jsonVar(const VarDecl *v) {
  if (v->isInvalidDecl())
    return true;
  return jsonLikeType(v->getType());
}

int ResponseGraph::newNode() {
  out_.emplace_back();
  return static_cast<int>(out_.size()) - 1;
}
int ResponseGraph::nodeFor(const void *key) {
  auto it = nodes_.find(key);
  if (it != nodes_.end())
    return it->second;
  int n = newNode();
  nodes_.emplace(key, n);
  return n;
}
int ResponseGraph::varNode(const VarDecl *v) { return nodeFor(v->getCanonicalDecl()); }

int ResponseGraph::captureNode(const CXXRecordDecl *lambda, const VarDecl *v) {
  auto [it, fresh] = captures_.emplace(std::make_pair(lambda, v->getCanonicalDecl()), -1);
  if (fresh)
    it->second = newNode();
  return it->second;
}

PathRef ResponseGraph::pathOfVar(const VarDecl *v) {
  PathRef out;
  // a variable of an enclosing function, used in a lambda's body, is the lambda's capture
  if (auto *md = dyn_cast_or_null<CXXMethodDecl>(current_);
      md && md->getParent()->isLambda() && v->isLocalVarDeclOrParm() && !md->Encloses(v->getDeclContext())) {
    out.ok = true;
    out.node = captureNode(md->getParent(), v);
    return out;
  }
  auto al = aliases_.find(v->getCanonicalDecl());
  if (al != aliases_.end())
    return al->second;
  out.ok = true;
  out.node = varNode(v);
  return out;
}
int ResponseGraph::returnNode(const FunctionDecl *f) {
  auto it = returns_.find(f->getCanonicalDecl());
  if (it != returns_.end())
    return it->second;
  int n = newNode();
  returns_.emplace(f->getCanonicalDecl(), n);
  return n;
}
void ResponseGraph::addEdge(Edge e) {
  if (e.from < 0)
    return;
  if (e.keys.empty() && e.to < 0)
    return;
  if (e.keys.empty() && e.to == e.from)
    return;
  edges_.push_back(std::move(e));
  out_[edges_.back().from].push_back(static_cast<int>(edges_.size()) - 1);
}

std::pair<std::string, SourceLocation> ResponseGraph::keyOf(const Expr *e) const {
  if (auto lit = strLit(e)) {
    // A named constant (constexpr const char *kSub = "sub") is written where it is used.
    if (auto *named = dyn_cast<DeclRefExpr>(strip(e)))
      return {lit->first, named->getBeginLoc()};
    return *lit;
  }
  return {"*", e ? e->getBeginLoc() : SourceLocation()};
}

PathRef ResponseGraph::pathOf(const Expr *e, int depth) {
  PathRef out;
  e = strip(e);
  if (!e || depth > 32)
    return out;
  if (auto *d = dyn_cast<DeclRefExpr>(e)) {
    auto *v = dyn_cast<VarDecl>(d->getDecl());
    if (!v || !jsonVar(v))
      return out;
    return pathOfVar(v);
  }
  const Expr *base = nullptr, *key = nullptr;
  if (auto *oc = dyn_cast<CXXOperatorCallExpr>(e); oc && oc->getOperator() == OO_Subscript && oc->getNumArgs() == 2)
    base = oc->getArg(0), key = oc->getArg(1);
  else if (auto *as = dyn_cast<ArraySubscriptExpr>(e))
    base = as->getLHS(), key = as->getRHS();
  else if (auto *call = dyn_cast<CallExpr>(e)) {
    const Expr *obj = nullptr;
    if (calleeName(call, &obj) == "at" && obj && call->getNumArgs() == 1)
      base = obj, key = call->getArg(0);
  }
  if (!base)
    return out;
  out = pathOf(base, depth + 1);
  if (!out.ok)
    return out;
  auto [k, l] = keyOf(key);
  out.keys.push_back(k);
  out.lastKeyLoc = l;
  return out;
}

int ResponseGraph::parsedLiteral(const Expr *arg, const Ctx &ctx) {
  auto lit = strLit(arg);
  if (!lit)
    return -1;
  auto j = nlohmann::json::parse(lit->first, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return -1;
  int n = newNode();
  buildFromJson(*this, n, j, lit->second, ctx, 0);
  return n;
}

/// Elements of a braced list, through std::initializer_list and json_ref wrappers.
const InitListExpr *ResponseGraph::initList(const Expr *e) const {
  for (int i = 0; i < 8 && e; ++i) {
    e = strip(e);
    if (auto *il = dyn_cast<InitListExpr>(e))
      return il->isSemanticForm() && il->getSyntacticForm() ? il->getSyntacticForm() : il;
    if (auto *sil = dyn_cast<CXXStdInitializerListExpr>(e)) {
      e = sil->getSubExpr();
      continue;
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e)) {
      if (ce->getNumArgs() >= 1)
        e = ce->getArg(0);
      else
        return nullptr;
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

Val ResponseGraph::valueOf(const Expr *e, const Ctx &ctx, const FunctionDecl *F, int depth) {
  Val v;
  if (!e || depth > 16)
    return v;
  e = strip(e);
  if (auto lit = strLit(e)) {
    if (auto *u = dyn_cast<UserDefinedLiteral>(e); u && u->getUDSuffix() && u->getUDSuffix()->getName() == "_json") {
      v.node = parsedLiteral(e, ctx);
      return v;
    }
    v.strings = {lit->first};
    return v;
  }
  if (const InitListExpr *il = initList(e)) {
    bool object = il->getNumInits() > 0;
    for (unsigned i = 0; i < il->getNumInits(); ++i) {
      const InitListExpr *pair = initList(il->getInit(i));
      if (!pair || pair->getNumInits() != 2 || !strLit(pair->getInit(0)))
        object = false;
    }
    if (object) {
      v.node = newNode();
      for (unsigned i = 0; i < il->getNumInits(); ++i) {
        const InitListExpr *pair = initList(il->getInit(i));
        auto [k, l] = keyOf(pair->getInit(0));
        Val child = valueOf(pair->getInit(1), ctx, F, depth + 1);
        addEdge(Edge{v.node, {k}, child.node, child.strings, l, ctx, false, {}});
      }
      return v;
    }
    if (il->getNumInits() == 0) {
      v.node = newNode();
      return v;
    }
    for (unsigned i = 0; i < il->getNumInits(); ++i)
      if (auto lit = strLit(il->getInit(i)))
        v.strings.push_back(lit->first);
    return v;
  }
  if (auto p = pathOf(e); p.ok) {
    if (p.keys.empty())
      v.node = p.node;
    return v;
  }
  if (auto *call = dyn_cast<CallExpr>(e)) {
    const Expr *obj = nullptr;
    std::string name = calleeName(call, &obj);
    std::string calleeText = sourceText(C, call->getCallee());
    if (name == "object" && !obj && calleeText.find("json") != std::string::npos) {
      v.node = newNode();
      return v;
    }
    if (name == "parse" && call->getNumArgs() >= 1) {
      v.node = parsedLiteral(call->getArg(0), ctx);
      if (v.node < 0) {
        v.node = newNode(); // the parsed event
      }
      return v;
    }
    if (int n = withCall(call, ctx, F, depth); n >= 0) {
      v.node = n;
      return v;
    }
    if (const FunctionDecl *callee = bodyOf_(call)) {
      int t = newNode();
      Edge edge{t, {}, returnNode(callee), {}, call->getBeginLoc(), ctx, true, call->getBeginLoc()};
      addEdge(std::move(edge));
      v.node = t;
      return v;
    }
    if (const std::vector<model::ResponseWrite> *writes = foreignReturns_ ? foreignReturns_(call) : nullptr) {
      int t = newNode();
      for (const model::ResponseWrite &w : *writes)
        if (std::optional<Edge> e = foreignWriteEdge(t, {}, w, call->getBeginLoc(), ctx))
          addEdge(std::move(*e));
      v.node = t;
      return v;
    }
    return v;
  }
  if (auto *ce = dyn_cast<CXXConstructExpr>(e)) {
    if (jsonLikeType(ce->getType())) {
      if (ce->getNumArgs() == 1) {
        int n = parsedLiteral(ce->getArg(0), ctx);
        v.node = n >= 0 ? n : newNode();
        return v;
      }
      if (ce->getNumArgs() == 0) {
        v.node = newNode();
        return v;
      }
    }
  }
  if (auto *uc = dyn_cast<CXXUnresolvedConstructExpr>(e)) {
    if (uc->getNumArgs() == 1) {
      int n = parsedLiteral(uc->getArg(0), ctx);
      v.node = n >= 0 ? n : newNode();
    } else {
      v.node = newNode();
    }
    return v;
  }
  return v;
}

int ResponseGraph::withCall(const CallExpr *call, const Ctx &ctx, const FunctionDecl *F, int depth) {
  const Expr *obj = nullptr;
  std::string name = calleeName(call, &obj);
  if (!obj || name.size() < 3 || (name.rfind("With", 0) != 0 && name != "AsObject"))
    return -1;
  int base = -1;
  const Expr *o = strip(obj);
  if (auto p = pathOf(o); p.ok) {
    if (!p.keys.empty())
      return -1;
    base = p.node;
  } else if (auto *inner = dyn_cast<CallExpr>(o)) {
    base = withCall(inner, ctx, F, depth + 1);
  } else {
    base = valueOf(o, ctx, F, depth + 1).node;
  }
  if (base < 0)
    return -1;
  if (name == "AsObject") {
    if (call->getNumArgs() == 1) {
      Val child = valueOf(call->getArg(0), ctx, F, depth + 1);
      if (child.node >= 0)
        addEdge(Edge{base, {}, child.node, {}, call->getBeginLoc(), ctx, false, {}});
    }
    return base;
  }
  if (call->getNumArgs() != 2)
    return base;
  auto [k, l] = keyOf(call->getArg(0));
  Edge edge{base, {k}, -1, {}, l, ctx, false, {}};
  if (name == "WithObject") {
    edge.to = valueOf(call->getArg(1), ctx, F, depth + 1).node;
    if (edge.to < 0)
      edge.to = newNode();
  } else if (name == "WithString") {
    if (auto lit = strLit(call->getArg(1)))
      edge.strings = {lit->first};
  } else if (name == "WithArray") {
    edge.strings = arrayStrings(call->getArg(1));
  }
  addEdge(std::move(edge));
  return base;
}

std::vector<std::string> ResponseGraph::arrayStrings(const Expr *e) {
  e = strip(e);
  if (auto *d = dyn_cast_or_null<DeclRefExpr>(e))
    if (auto *v = dyn_cast<VarDecl>(d->getDecl())) {
      auto it = arrayStrings_.find(v->getCanonicalDecl());
      return it == arrayStrings_.end() ? std::vector<std::string>{} : it->second;
    }
  std::vector<std::string> out;
  if (const InitListExpr *il = initList(e))
    for (unsigned i = 0; i < il->getNumInits(); ++i)
      if (auto lit = strLit(il->getInit(i)))
        out.push_back(lit->first);
  return out;
}

int ResponseGraph::builderChain(const CallExpr *call, const Ctx &c, const FunctionDecl *F) {
  if (chainInner_.count(call))
    return -1;
  const Expr *obj = nullptr;
  calleeName(call, &obj);
  const Expr *o = obj ? strip(obj) : nullptr;
  for (const CallExpr *in = dyn_cast_or_null<CallExpr>(o); in;) {
    chainInner_.insert(in);
    const Expr *o2 = nullptr;
    calleeName(in, &o2);
    in = o2 ? dyn_cast<CallExpr>(strip(o2)) : nullptr;
  }
  return withCall(call, c, F, 0);
}

int ResponseGraph::serialisedNode(const Expr *e, const Ctx &c, const FunctionDecl *F) {
  for (int i = 0; i < 8 && e; ++i) {
    e = strip(e);
    if (auto p = pathOf(e); p.ok)
      return p.keys.empty() ? p.node : -1;
    if (auto *call = dyn_cast<CallExpr>(e)) {
      const Expr *obj = nullptr;
      std::string name = calleeName(call, &obj);
      if (obj && (name == "dump" || name == "View" || name == "WriteCompact" || name == "WriteReadable" ||
                  name == "str" || name == "c_str" || name == "get")) {
        e = obj;
        continue;
      }
      if (int n = withCall(call, c, F, 0); n >= 0)
        return n;
      return valueOf(call, c, F).node;
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e); ce && ce->getNumArgs() >= 1) {
      e = ce->getArg(0);
      continue;
    }
    return -1;
  }
  return -1;
}

} // namespace tl::clangfe
