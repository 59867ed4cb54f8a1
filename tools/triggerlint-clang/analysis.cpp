// Handler facts from a Clang AST. Every function reachable from a handler is walked once into a
// summary (facts with their local guards, call sites, JSON graph edges); handlers then expand the
// summaries along the call graph, each function once per state it is reached in (call_path_visits.h;
// depth-limited, cycles guarded), so a file with N handlers is not re-walked N times, nor a function
// once per call path. Matching is written against resolved AST shapes and against the recovery
// shapes Clang keeps when a header is missing (RecoveryExpr, ArraySubscriptExpr chains,
// CXXDependentScopeMemberExpr, UnresolvedLookupExpr), by name.
#include "analysis.h"
#include "exception_flow.h"

#include "call_names.h"
#include "call_path_visits.h"
#include "callee_facts.h"
#include "constant_uses.h"
#include "constructed_response.h"
#include "degraded_calls.h"
#include "degraded_guards.h"
#include "routing_table.h"
#include "source_flows.h"
#include "source_parameters.h"
#include "response_payload.h"
#include "trigger_annotations.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

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

// Calls below a handler that its facts are followed into. Each function is followed once per state
// (call_path_visits.h), not once per path, so the bound only ends chains that no handler has.
constexpr int kMaxCallDepth = 64;
constexpr int kMaxPathDepth = 24;

struct Ctx {
  std::vector<std::string> guards, excluded;
};

void addAll(std::vector<std::string> &to, const std::vector<std::string> &from) {
  for (const auto &s : from)
    if (std::find(to.begin(), to.end(), s) == to.end())
      to.push_back(s);
}

struct CondInfo {
  std::vector<std::string> thenGuards, thenExcl, elseGuards, elseExcl;
  bool guessed = false; // holds a test guessed in a degraded parse (degraded_guards.h)
  bool any() const { return !thenGuards.empty() || !thenExcl.empty() || !elseGuards.empty() || !elseExcl.empty(); }
};

struct Atom {
  std::string value, op;
  bool positive = true; // true when the expression is true for triggerSource == value
  SourceLocation litLoc;
  bool guessed = false; // a degraded parse hid the compared value (degraded_guards.h)
};

struct LocalFailure {
  FailurePath::Kind kind;
  std::string what;
  SourceLocation loc;
  Ctx ctx;
  const Stmt *site = nullptr; // a Throw's throw expression or std::rethrow_exception call
};
struct LocalCmp {
  std::string value, op;
  SourceLocation loc; // the compared string as written: the literal, or the constant's name
  Ctx ctx;
  SourceLocation constant = {}; // the literal, when loc names a constant
};
struct LocalSlow {
  std::string what;
  std::optional<long long> millis;
  SourceLocation loc;
  Ctx ctx;
};
struct LocalPayload {
  PayloadClass cls;
  SourceLocation loc;
  Ctx ctx;
};
struct CallSite {
  const FunctionDecl *callee;
  const CallExpr *call;
  SourceLocation loc;
  Ctx ctx;
  std::vector<int> argNodes; // node of each argument when it is a whole JSON variable, else -1
};

struct ForeignCall {
  const Handler *facts;
  const CallExpr *call; // for the try statements around it
  SourceLocation loc;
  Ctx ctx;
};

struct Summary {
  std::vector<LocalFailure> failures;
  std::vector<LocalCmp> comparisons;
  std::vector<LocalSlow> slow;
  std::vector<CallSite> calls;
  std::vector<ForeignCall> foreign; // calls into another TU of the unit, joined by their facts
  std::vector<int> serialised; // nodes whose text goes into invocation_response::success
  std::vector<LocalPayload> payloads;
  std::vector<int> topNodes;   // local JSON variables with keyed writes (degraded fallback)
};

/// An edge of the response graph: from a node, through keys, to a node or a leaf value.
struct Edge {
  int from = -1;
  std::vector<std::string> keys;
  int to = -1; // -1: leaf value
  std::vector<std::string> strings;
  SourceLocation loc;
  Ctx ctx;
  bool hasSite = false; // crosses into a callee (argument → parameter, return value)
  SourceLocation site;
};

struct PathRef {
  bool ok = false;
  int node = -1;
  std::vector<std::string> keys;
  SourceLocation lastKeyLoc;
};

struct Val {
  int node = -1;
  std::vector<std::string> strings;
};

std::string lower(std::string s) {
  for (auto &c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const Expr *strip(const Expr *e) {
  while (e) {
    const Expr *next = nullptr;
    if (auto *p = dyn_cast<ParenExpr>(e))
      next = p->getSubExpr();
    else if (auto *c = dyn_cast<ImplicitCastExpr>(e))
      next = c->getSubExpr();
    else if (auto *m = dyn_cast<MaterializeTemporaryExpr>(e))
      next = m->getSubExpr();
    else if (auto *b = dyn_cast<CXXBindTemporaryExpr>(e))
      next = b->getSubExpr();
    else if (auto *w = dyn_cast<ExprWithCleanups>(e))
      next = w->getSubExpr();
    else if (auto *k = dyn_cast<ConstantExpr>(e))
      next = k->getSubExpr();
    else if (auto *f = dyn_cast<FullExpr>(e))
      next = f->getSubExpr();
    else if (auto *r = dyn_cast<RecoveryExpr>(e)) {
      if (r->subExpressions().size() == 1)
        next = r->subExpressions()[0];
    } else if (auto *ce = dyn_cast<CXXConstructExpr>(e)) {
      if (!isa<CXXTemporaryObjectExpr>(ce) && ce->getNumArgs() >= 1 && !ce->isListInitialization() &&
          (ce->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(ce->getArg(1))))
        next = ce->getArg(0);
    } else if (auto *fc = dyn_cast<CXXFunctionalCastExpr>(e))
      next = fc->getSubExpr();
    if (!next)
      return e;
    e = next;
  }
  return e;
}

class Analyzer {
public:
  Analyzer(ASTContext &ctx, const TuInfo &info)
      : C(ctx), SM(ctx.getSourceManager()), info_(info),
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
  std::string text(SourceRange r) const {
    if (r.isInvalid())
      return "";
    auto range = CharSourceRange::getTokenRange(r);
    return Lexer::getSourceText(Lexer::makeFileCharRange(range, SM, C.getLangOpts()), SM, C.getLangOpts()).str();
  }
  std::string text(const Stmt *s) const { return s ? text(s->getSourceRange()) : ""; }
  bool inSystem(SourceLocation l) const { return l.isValid() && SM.isInSystemHeader(SM.getFileLoc(l)); }

  // ---- string constants ----
  std::optional<std::pair<std::string, SourceLocation>> strLit(const Expr *e, int depth = 0) const {
    e = strip(e);
    if (!e || depth > 4)
      return std::nullopt;
    if (auto *s = dyn_cast<StringLiteral>(e)) {
      if (s->getCharByteWidth() != 1)
        return std::nullopt;
      return std::make_pair(s->getString().str(), s->getBeginLoc());
    }
    if (auto *u = dyn_cast<UserDefinedLiteral>(e)) {
      if (auto *cooked = u->getCookedLiteral())
        if (auto *s = dyn_cast<StringLiteral>(cooked->IgnoreParenImpCasts()))
          if (s->getCharByteWidth() == 1)
            return std::make_pair(s->getString().str(), s->getBeginLoc());
      return std::nullopt;
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e)) // std::string{"X"}, std::string_view("X")
      if (ce->getNumArgs() >= 1)
        return strLit(ce->getArg(0), depth + 1);
    if (auto *il = dyn_cast<InitListExpr>(e))
      if (il->getNumInits() == 1)
        return strLit(il->getInit(0), depth + 1);
    if (auto *dr = dyn_cast<DeclRefExpr>(e)) // constexpr auto kPost = "PostAuthentication_...";
      if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
        if (vd->getType().isConstQualified() || vd->isConstexpr())
          if (const Expr *init = vd->getAnyInitializer())
            return strLit(init, depth + 1);
    return std::nullopt;
  }

  // ---- triggerSource expressions ----
  static bool mentionsSource(const std::string &t) {
    std::string n;
    for (char c : t)
      if (c != '_')
        n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return n.find("triggersource") != std::string::npos;
  }
  bool involvesSource(const Expr *e, int depth = 0) const {
    if (!e || depth > 3)
      return false;
    if (mentionsSource(text(e)))
      return true;
    // A variable initialised from the trigger source (auto src = j["triggerSource"]...).
    struct Finder : RecursiveASTVisitor<Finder> {
      const Analyzer *A;
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



  std::optional<Atom> atom(const Expr *e) const {
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
        if (auto lit = strLit(b); lit && info_.degraded && hiddenByParseError(a))
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

  CondInfo cond(const Expr *e) const {
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
      CondInfo &x = isOr ? out : out; // readability
      if (isOr) {
        if (!a.thenGuards.empty() && !c.thenGuards.empty()) {
          x.thenGuards = a.thenGuards;
          addAll(x.thenGuards, c.thenGuards);
        }
        x.elseGuards = a.elseGuards;
        addAll(x.elseGuards, c.elseGuards);
        x.elseExcl = a.elseExcl;
        addAll(x.elseExcl, c.elseExcl);
      } else {
        x.thenGuards = a.thenGuards;
        addAll(x.thenGuards, c.thenGuards);
        x.thenExcl = a.thenExcl;
        addAll(x.thenExcl, c.thenExcl);
        if (!a.elseGuards.empty() && !c.elseGuards.empty()) {
          x.elseGuards = a.elseGuards;
          addAll(x.elseGuards, c.elseGuards);
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

  // ---- constant evaluation ----
  std::optional<long long> evalInt(const Expr *e) const {
    if (!e || e->isValueDependent() || e->containsErrors() || e->isTypeDependent())
      return std::nullopt;
    Expr::EvalResult r;
    if (e->EvaluateAsInt(r, C))
      return r.Val.getInt().getExtValue();
    return std::nullopt;
  }

  std::optional<long long> evalDurationMillis(const Expr *e) const {
    if (!e || e->isValueDependent() || e->containsErrors() || e->isTypeDependent())
      return std::nullopt;
    QualType t = e->getType().getNonReferenceType().getCanonicalType();
    auto *spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(t->getAsCXXRecordDecl());
    if (!spec || spec->getName() != "duration" || spec->getTemplateArgs().size() < 2)
      return std::nullopt;
    const TemplateArgument &period = spec->getTemplateArgs()[1];
    if (period.getKind() != TemplateArgument::Type)
      return std::nullopt;
    auto *ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(period.getAsType()->getAsCXXRecordDecl());
    if (!ratio || ratio->getTemplateArgs().size() < 2 ||
        ratio->getTemplateArgs()[0].getKind() != TemplateArgument::Integral ||
        ratio->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
      return std::nullopt;
    long long num = ratio->getTemplateArgs()[0].getAsIntegral().getExtValue();
    long long den = ratio->getTemplateArgs()[1].getAsIntegral().getExtValue();
    Expr::EvalResult r;
    if (!e->EvaluateAsRValue(r, C) || !r.Val.isStruct() || r.Val.getStructNumFields() < 1)
      return std::nullopt;
    const APValue &count = r.Val.getStructField(0);
    long double value;
    if (count.isInt())
      value = static_cast<long double>(count.getInt().getExtValue());
    else if (count.isFloat())
      value = count.getFloat().convertToDouble();
    else
      return std::nullopt;
    if (den == 0)
      return std::nullopt;
    return static_cast<long long>(value * num * 1000 / den);
  }

  // ---- JSON graph ----
  int newNode() {
    out_.emplace_back();
    return static_cast<int>(out_.size()) - 1;
  }
  int nodeFor(const void *key) {
    auto it = nodes_.find(key);
    if (it != nodes_.end())
      return it->second;
    int n = newNode();
    nodes_.emplace(key, n);
    return n;
  }
  int varNode(const VarDecl *v) { return nodeFor(v->getCanonicalDecl()); }
  int returnNode(const FunctionDecl *f) {
    auto it = returns_.find(f->getCanonicalDecl());
    if (it != returns_.end())
      return it->second;
    int n = newNode();
    returns_.emplace(f->getCanonicalDecl(), n);
    return n;
  }
  void addEdge(Edge e) {
    if (e.from < 0)
      return;
    if (e.keys.empty() && e.to < 0)
      return;
    if (e.keys.empty() && e.to == e.from)
      return;
    edges_.push_back(std::move(e));
    out_[edges_.back().from].push_back(static_cast<int>(edges_.size()) - 1);
  }

  static bool jsonLikeType(QualType t) {
    if (t.isNull() || t->isDependentType() || t->containsErrors() || t->isUndeducedType())
      return true;
    std::string s = lower(t.getNonReferenceType().getCanonicalType().getAsString());
    return s.find("json") != std::string::npos && s.find("jsonview") == std::string::npos;
  }
  static bool jsonVar(const VarDecl *v) {
    if (v->isInvalidDecl())
      return true;
    return jsonLikeType(v->getType());
  }

  std::pair<std::string, SourceLocation> keyOf(const Expr *e) const {
    if (auto lit = strLit(e)) {
      // A named constant (constexpr const char *kSub = "sub") is written where it is used.
      if (auto *named = dyn_cast<DeclRefExpr>(strip(e)))
        return {lit->first, named->getBeginLoc()};
      return *lit;
    }
    return {"*", e ? e->getBeginLoc() : SourceLocation()};
  }

  PathRef pathOf(const Expr *e, int depth = 0) {
    PathRef out;
    e = strip(e);
    if (!e || depth > 32)
      return out;
    if (auto *d = dyn_cast<DeclRefExpr>(e)) {
      auto *v = dyn_cast<VarDecl>(d->getDecl());
      if (!v || !jsonVar(v))
        return out;
      auto al = aliases_.find(v->getCanonicalDecl());
      if (al != aliases_.end())
        return al->second;
      out.ok = true;
      out.node = varNode(v);
      return out;
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

  void buildFromJson(int node, const nlohmann::json &j, SourceLocation l, const Ctx &ctx, int depth) {
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
        e.to = newNode();
        buildFromJson(e.to, v, l, ctx, depth + 1);
      } else if (v.is_object()) {
        e.to = newNode();
      } else if (v.is_string()) {
        e.strings = {v.get<std::string>()};
      } else if (v.is_array()) {
        for (const auto &item : v)
          if (item.is_string())
            e.strings.push_back(item.get<std::string>());
      }
      addEdge(std::move(e));
    }
  }

  int parsedLiteral(const Expr *arg, const Ctx &ctx) {
    auto lit = strLit(arg);
    if (!lit)
      return -1;
    auto j = nlohmann::json::parse(lit->first, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return -1;
    int n = newNode();
    buildFromJson(n, j, lit->second, ctx, 0);
    return n;
  }

  /// Elements of a braced list, through std::initializer_list and json_ref wrappers.
  const InitListExpr *initList(const Expr *e) const {
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

  Val valueOf(const Expr *e, const Ctx &ctx, const FunctionDecl *F, int depth = 0) {
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
      std::string calleeText = text(call->getCallee());
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
      if (const FunctionDecl *callee = userFunction(call)) {
        int t = newNode();
        Edge edge{t, {}, returnNode(callee), {}, call->getBeginLoc(), ctx, true, call->getBeginLoc()};
        addEdge(std::move(edge));
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

  /// Aws::Utils::Json::JsonValue builders; returns the node the builder writes into, or -1.
  int withCall(const CallExpr *call, const Ctx &ctx, const FunctionDecl *F, int depth) {
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

  std::vector<std::string> arrayStrings(const Expr *e) {
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
  using RootsMemo = std::unordered_map<const FunctionDecl *, std::pair<int, std::vector<int>>>; // depth, roots
  std::vector<int> serialisedRoots(const FunctionDecl *f, std::set<const FunctionDecl *> &onPath, int depth,
                                   RootsMemo &memo);

  ASTContext &C;
  SourceManager &SM;
  const TuInfo &info_;
  std::unordered_map<const FunctionDecl *, Summary> summaries_;
  std::deque<const FunctionDecl *> pending_;
  std::unordered_map<const void *, int> nodes_;
  std::unordered_map<const FunctionDecl *, int> returns_;
  std::unordered_map<const VarDecl *, PathRef> aliases_;
  std::unordered_map<const VarDecl *, std::vector<std::string>> arrayStrings_;
  std::vector<std::vector<int>> out_;
  std::vector<Edge> edges_;
  std::unordered_set<const CallExpr *> chainInner_;
  ExceptionFlow flow_;
  std::unordered_set<const ParmVarDecl *> sourceParams_;
  std::unique_ptr<SourceFlows> flows_;
  std::unique_ptr<RoutingTables> routes_;
  std::unordered_map<const Summary *, std::map<size_t, std::string>> routeKeys_; // call index -> key
  // failure index -> the keys of a table whose operator[] gave an empty std::function
  std::unordered_map<const Summary *, std::map<size_t, std::vector<std::string>>> keylessCalls_;
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
          CondInfo ci = A.cond(is->getCond());
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
      CondInfo ci = A.cond(is->getCond());
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
          Val v = A.valueOf(rv, c, F);
          if (v.node >= 0)
            A.addEdge(Edge{A.returnNode(F), {}, v.node, {}, rv->getBeginLoc(), Ctx{}, false, {}});
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
      PathRef p = A.pathOf(init);
      if (p.ok) {
        A.aliases_[v->getCanonicalDecl()] = p;
        return;
      }
    }
    Val val = A.valueOf(init, c, F);
    if (val.node >= 0) {
      int n = A.varNode(v);
      A.addEdge(Edge{n, {}, val.node, {}, init->getBeginLoc(), c, false, {}});
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
      if (auto a = A.atom(e); a && !a->guessed) {
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
    // AWS SDK ClientConfiguration timeouts
    const Expr *l = strip(lhs);
    std::string member;
    if (auto *m = dyn_cast<MemberExpr>(l))
      member = m->getMemberNameInfo().getAsString();
    else if (auto *dm = dyn_cast<CXXDependentScopeMemberExpr>(l))
      member = dm->getMember().getAsString();
    if (member == "requestTimeoutMs" || member == "connectTimeoutMs" || member == "httpRequestTimeoutMs") {
      S.slow.push_back({member, A.evalInt(rhs), l->getBeginLoc(), c});
      return;
    }
    // element of a string array later passed to WithArray: arr[0] = "email";
    if (auto *oc = dyn_cast<CXXOperatorCallExpr>(l); oc && oc->getOperator() == OO_Subscript) {
      if (auto *d = dyn_cast<DeclRefExpr>(strip(oc->getArg(0))))
        if (auto *v = dyn_cast<VarDecl>(d->getDecl()); v && !jsonVar(v)) {
          if (auto lit = A.strLit(rhs))
            A.arrayStrings_[v->getCanonicalDecl()].push_back(lit->first);
          return;
        }
    }
    PathRef p = A.pathOf(lhs);
    if (!p.ok)
      return;
    Val v = A.valueOf(rhs, c, F);
    Edge edge{p.node, p.keys, v.node, v.strings, p.keys.empty() ? opLoc : p.lastKeyLoc, c, false, {}};
    if (p.keys.empty() && v.node < 0)
      return;
    A.addEdge(std::move(edge));
    if (!p.keys.empty())
      S.topNodes.push_back(p.node);
  }

  void successPayload(const Expr *payload, const Ctx &c) {
    S.payloads.push_back({classifyResponsePayload(A.C, *F, payload), payload->getBeginLoc(), c});
    int root = serialisedNode(payload, c);
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
    // slow calls
    if ((name == "sleep_for" || name == "sleep_until") && call->getNumArgs() == 1 &&
        (calleeText.find("this_thread") != std::string::npos ||
         (fd && fd->getDeclContext()->isNamespace() && cast<NamespaceDecl>(fd->getDeclContext())->getName() == "this_thread"))) {
      std::optional<long long> ms;
      if (name == "sleep_for")
        ms = A.evalDurationMillis(call->getArg(0));
      S.slow.push_back({"std::this_thread::" + name, ms, call->getBeginLoc(), c});
      return;
    }
    if (!obj && (name == "sleep" || name == "usleep") && call->getNumArgs() == 1) {
      auto v = A.evalInt(call->getArg(0));
      if (v)
        *v = name == "sleep" ? *v * 1000 : *v / 1000;
      S.slow.push_back({name, v, call->getBeginLoc(), c});
      return;
    }
    if (name == "curl_easy_setopt" && call->getNumArgs() == 3) {
      std::string opt = A.text(call->getArg(1));
      static const char *opts[] = {"CURLOPT_TIMEOUT_MS", "CURLOPT_CONNECTTIMEOUT_MS", "CURLOPT_TIMEOUT",
                                   "CURLOPT_CONNECTTIMEOUT"};
      for (const char *o : opts)
        if (opt == o) {
          auto v = A.evalInt(call->getArg(2));
          bool ms = opt.size() > 3 && opt.compare(opt.size() - 3, 3, "_MS") == 0;
          if (v && !ms)
            *v *= 1000;
          S.slow.push_back({opt, v, call->getBeginLoc(), c});
          return;
        }
      return;
    }
    // JSON writes: emplace and JsonValue builders
    if (name == "emplace" && obj && call->getNumArgs() == 2) {
      PathRef p = A.pathOf(obj);
      if (p.ok) {
        auto [k, l] = A.keyOf(call->getArg(0));
        Val v = A.valueOf(call->getArg(1), c, F);
        p.keys.push_back(k);
        A.addEdge(Edge{p.node, p.keys, v.node, v.strings, l, c, false, {}});
        S.topNodes.push_back(p.node);
      }
      return;
    }
    if (name.rfind("With", 0) == 0 || name == "AsObject") {
      // Only the outermost builder of a chain records (inner ones are reached through it).
      if (!A.chainInner_.count(call)) {
        const Expr *o = obj ? strip(obj) : nullptr;
        for (const CallExpr *in = dyn_cast_or_null<CallExpr>(o); in;) {
          A.chainInner_.insert(in);
          const Expr *o2 = nullptr;
          calleeName(in, &o2);
          in = o2 ? dyn_cast<CallExpr>(strip(o2)) : nullptr;
        }
        int n = A.withCall(call, c, F, 0);
        if (n >= 0)
          S.topNodes.push_back(n);
      }
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
        PathRef p = A.pathOf(call->getArg(i + offset));
        site.argNodes.push_back(p.ok && p.keys.empty() ? p.node : -1);
        if (p.ok && pv->getType()->isReferenceType() && !pv->getType().getNonReferenceType().isConstQualified() &&
            jsonLikeType(pv->getType())) {
          A.addEdge(Edge{p.node, p.keys, A.varNode(pv), {}, call->getBeginLoc(), c, true, call->getBeginLoc()});
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

  int serialisedNode(const Expr *e, const Ctx &c) {
    for (int i = 0; i < 8 && e; ++i) {
      e = strip(e);
      if (auto p = A.pathOf(e); p.ok)
        return p.keys.empty() ? p.node : -1;
      if (auto *call = dyn_cast<CallExpr>(e)) {
        const Expr *obj = nullptr;
        std::string name = calleeName(call, &obj);
        if (obj && (name == "dump" || name == "View" || name == "WriteCompact" || name == "WriteReadable" ||
                    name == "str" || name == "c_str" || name == "get")) {
          e = obj;
          continue;
        }
        if (int n = A.withCall(call, c, F, 0); n >= 0)
          return n;
        return A.valueOf(call, c, F).node;
      }
      if (auto *ce = dyn_cast<CXXConstructExpr>(e); ce && ce->getNumArgs() >= 1) {
        e = ce->getArg(0);
        continue;
      }
      return -1;
    }
    return -1;
  }
};

Summary &Analyzer::summary(const FunctionDecl *f) {
  auto it = summaries_.find(f);
  if (it != summaries_.end())
    return it->second;
  Summary &s = summaries_[f];
  size_t firstEdge = edges_.size();
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
  std::vector<RouteEntry> dispatched = routes_->dispatched(call);

  if (const CallExpr *lookup = routes_->emptyFunctionLookup(call)) {
    // routes[src](event): a source that is no key calls the empty std::function operator[] made
    Ctx keyless = c;
    std::vector<std::string> keys;
    for (const RouteEntry &e : dispatched)
      keys.push_back(e.key);
    addAll(keyless.excluded, keys);
    std::string table = text(lookup);
    if (table.size() > 60)
      table = table.substr(0, 57) + "...";
    s.failures.push_back({FailurePath::Kind::Throw,
                          "std::bad_function_call: " + table + " is empty for a trigger source that is no key",
                          call->getBeginLoc(), keyless, call});
    keylessCalls_[&s][s.failures.size() - 1] = keys;
  }
  for (const RouteEntry &e : dispatched) {
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
  // an empty std::function from operator[] is called under the sources reaching the call that are
  // no key; where every source reaching it is a key, it is never called
  std::map<size_t, std::vector<std::string>> &keyless = keylessCalls_[&s];
  for (auto it = keyless.rbegin(); it != keyless.rend(); ++it) {
    LocalFailure &x = s.failures[it->first];
    std::optional<SourceSet> at = flow->at(x.loc);
    if (!at)
      continue;
    for (const std::string &key : it->second)
      at = at->meet(SourceSet::allExcept({key, false}));
    if (at->unreachable()) {
      s.failures.erase(s.failures.begin() + static_cast<std::ptrdiff_t>(it->first));
      continue;
    }
    x.ctx.guards = at->guards();
    x.ctx.excluded = at->excluded();
  }
  keyless.clear();
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
  for (size_t i = firstEdge; i < edges_.size(); ++i)
    narrow(edges_[i].loc, edges_[i].ctx);
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

std::vector<int> Analyzer::serialisedRoots(const FunctionDecl *f, std::set<const FunctionDecl *> &onPath, int depth,
                                           RootsMemo &memo) {
  std::vector<int> out;
  if (depth > kMaxCallDepth || onPath.count(f))
    return out;
  // A function's roots do not depend on the path to it, except where the depth bound or a cycle
  // cut them: each is computed once, and again only from a shallower call.
  if (auto known = memo.find(f); known != memo.end() && known->second.first <= depth)
    return known->second.second;
  onPath.insert(f);
  Summary &s = summaries_[f];
  out = s.serialised;
  for (const auto &site : s.calls) {
    auto sub = serialisedRoots(site.callee, onPath, depth + 1, memo);
    for (int n : sub) {
      for (unsigned i = 0; i < site.callee->getNumParams() && i < site.argNodes.size(); ++i)
        if (varNode(site.callee->getParamDecl(i)) == n && site.argNodes[i] >= 0)
          out.push_back(site.argNodes[i]);
      // a callee serialising its own object (returned by value) is not this handler's response
    }
  }
  onPath.erase(f);
  memo[f] = {depth, out};
  return out;
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
  auto merged = [](const Ctx &outer, const Ctx &inner) {
    Ctx c = outer;
    addAll(c.guards, inner.guards);
    addAll(c.excluded, inner.excluded);
    return c;
  };
  auto mk = [&](SourceLocation l, const std::vector<Location> &via, const Ctx &c) {
    CodeContext cc;
    cc.loc = loc(l);
    cc.via = via;
    cc.guards = c.guards;
    cc.excluded = c.excluded;
    return cc;
  };
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

  // response paths
  std::set<const FunctionDecl *> rp;
  RootsMemo rootsMemo;
  std::vector<int> roots = serialisedRoots(root, rp, 0, rootsMemo);
  if (roots.empty() && h.degraded) {
    // the success(...) call did not survive the missing header: use the handler's own
    // JSON variables that nothing else holds and that write a response, as only the event
    // does (a request body or a log record built beside it is not what the handler answers)
    std::set<int> held;
    for (const auto &e : edges_)
      if (e.to >= 0)
        held.insert(e.to);
    auto writesResponse = [&](int n) {
      return std::any_of(out_[n].begin(), out_[n].end(),
                         [&](int ei) { return !edges_[ei].keys.empty() && edges_[ei].keys.front() == "response"; });
    };
    for (int n : summaries_[root].topNodes)
      if (!held.count(n) && writesResponse(n) && std::find(roots.begin(), roots.end(), n) == roots.end())
        roots.push_back(n);
  }
  std::set<std::vector<std::string>> emitted;
  std::vector<int> stack;
  // A write is emitted once per path and location, whatever the route to it: a node reached again
  // with the same keys adds nothing unless the stack bound cut it the first time.
  std::map<std::pair<int, std::vector<std::string>>, size_t> walked; // (node, keys) -> least stack depth
  std::function<void(int, std::vector<std::string> &, std::vector<Location> &, const Ctx &)> walk =
      [&](int n, std::vector<std::string> &path, std::vector<Location> &via, const Ctx &c) {
        if (static_cast<int>(path.size()) > kMaxPathDepth || static_cast<int>(stack.size()) > 64 ||
            std::find(stack.begin(), stack.end(), n) != stack.end())
          return;
        auto [at, fresh] = walked.emplace(std::make_pair(n, path), stack.size());
        if (!fresh && at->second <= stack.size())
          return;
        at->second = stack.size();
        stack.push_back(n);
        for (int ei : out_[n]) {
          const Edge &e = edges_[ei];
          size_t oldSize = path.size();
          path.insert(path.end(), e.keys.begin(), e.keys.end());
          if (e.hasSite)
            via.push_back(loc(e.site));
          Ctx c2 = merged(c, e.ctx);
          bool inner = e.to >= 0 && !out_[e.to].empty();
          if (inner) {
            walk(e.to, path, via, c2);
          } else if (!path.empty() && !e.keys.empty()) {
            ResponseWrite w;
            w.path = path;
            w.strings = e.strings;
            w.ctx = mk(e.loc, via, c2);
            auto key = std::make_tuple(w.ctx.loc.file, w.ctx.loc.line, w.ctx.loc.column, std::string());
            std::vector<std::string> sig = path;
            sig.push_back(w.ctx.loc.file + ":" + std::to_string(w.ctx.loc.line) + ":" + std::to_string(w.ctx.loc.column));
            if (emitted.insert(sig).second)
              h.writes.push_back(std::move(w));
            (void)key;
          }
          if (e.hasSite)
            via.pop_back();
          path.resize(oldSize);
        }
        stack.pop_back();
      };
  for (int r : roots) {
    std::vector<std::string> path;
    std::vector<Location> via;
    walk(r, path, via, Ctx{});
  }
}

std::vector<Handler> Analyzer::run() {
  // 1. the handlers discovery found in this translation unit (handler_discovery.cpp)
  std::vector<Found> found = info_.handlers;

  // 2. summaries of everything reachable, each function walked once, guards from the
  // trigger-source flow
  findSourceParameters(C, [this](const Expr *e) { return involvesSource(e); }, sourceParams_);
  routes_ = std::make_unique<RoutingTables>([this](const Expr *e) { return strLit(e); },
                                            [this](const Expr *e) { return involvesSource(e); });
  flows_ = std::make_unique<SourceFlows>(
      C, SourceReading{[this](const Expr *e) -> std::optional<SourceTest> {
                         std::optional<Atom> a = atom(e);
                         if (!a)
                           return std::nullopt;
                         return SourceTest{a->value, a->op == "starts_with" || a->op == "rfind", a->positive};
                       },
                       [this](const Expr *e) { return involvesSource(e); }, routes_.get()});
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
