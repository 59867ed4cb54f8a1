// A success() payload is followed back through the expressions that spell it: serialisers
// (dump, WriteCompact, View, to_string), copies, std::move and local variables, to where the value
// starts: the request's payload (the event), a string constant, or a JSON object made here. A local
// variable is followed only while nothing can replace its value as a whole; anything else is
// Unknown.
#include "response_payload.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace tl::clangfe {
namespace {

using namespace clang;
using Kind = model::ResponsePayload::Kind;

// Payloads are short expressions; this bounds the walk through variables initialised from others.
constexpr int kMaxDepth = 8;

std::string typeName(QualType t) {
  if (t.isNull())
    return "";
  std::string s = t.getNonReferenceType().getCanonicalType().getAsString();
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// nlohmann::json, Aws::Utils::Json::JsonValue and JsonView all carry "json" in their type.
bool isJsonType(QualType t) { return typeName(t).find("json") != std::string::npos; }
bool isStringType(QualType t) {
  if (!t.isNull() && (t->isPointerType() || t->isArrayType()))
    return true;
  return typeName(t).find("basic_string") != std::string::npos;
}

std::string memberName(const CXXMemberCallExpr *call) {
  const CXXMethodDecl *m = call->getMethodDecl();
  return m && m->getIdentifier() ? m->getName().str() : "";
}

std::string calleeName(const CallExpr *call) {
  const FunctionDecl *f = call->getDirectCallee();
  return f && f->getIdentifier() ? f->getName().str() : "";
}

// The arguments as written: `json out;` constructs from a defaulted nullptr, json::object() takes a
// defaulted initializer list.
template <typename Call> unsigned writtenArgs(const Call *call) {
  unsigned n = 0;
  for (const Expr *arg : call->arguments())
    if (!isa<CXXDefaultArgExpr>(arg))
      ++n;
  return n;
}

class Classifier {
public:
  explicit Classifier(const FunctionDecl &fn) : F(fn) {}

  Kind stringKind(const Expr *e, int depth) {
    e = skip(e);
    if (!e || depth > kMaxDepth)
      return Kind::Unknown;
    if (auto *s = dyn_cast<StringLiteral>(e))
      return s->getCharByteWidth() == 1 ? Kind::Literal : Kind::Unknown;
    if (isRequestPayload(e))
      return Kind::Event;
    if (auto *co = dyn_cast<ConditionalOperator>(e))
      return same(stringKind(co->getTrueExpr(), depth + 1), stringKind(co->getFalseExpr(), depth + 1));
    if (auto *call = dyn_cast<CXXMemberCallExpr>(e)) {
      std::string name = memberName(call);
      const Expr *object = call->getImplicitObjectArgument();
      if (name == "dump" || name == "WriteCompact" || name == "WriteReadable")
        return jsonKind(object, depth + 1);
      if (name == "c_str" || name == "data" || name == "str")
        return stringKind(object, depth + 1);
      return Kind::Unknown;
    }
    if (auto *call = dyn_cast<CallExpr>(e)) {
      if (calleeName(call) == "to_string" && call->getNumArgs() == 1 && isJsonType(call->getArg(0)->getType()))
        return jsonKind(call->getArg(0), depth + 1);
      return Kind::Unknown;
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e); ce && isStringType(ce->getType())) {
      if (writtenArgs(ce) == 0)
        return Kind::Literal; // std::string{}: the empty string
      if (ce->getNumArgs() >= 1)
        return stringKind(ce->getArg(0), depth + 1);
      return Kind::Unknown;
    }
    if (const VarDecl *v = localOrConstant(e)) {
      if (!isStringType(v->getType()) || !v->getInit())
        return Kind::Unknown;
      if (!v->getType().getNonReferenceType().isConstQualified() && (!v->hasLocalStorage() || replaced(v)))
        return Kind::Unknown;
      return stringKind(v->getInit(), depth + 1);
    }
    return Kind::Unknown;
  }

  Kind jsonKind(const Expr *e, int depth) {
    e = skip(e);
    if (!e || depth > kMaxDepth)
      return Kind::Unknown;
    if (auto *co = dyn_cast<ConditionalOperator>(e))
      return same(jsonKind(co->getTrueExpr(), depth + 1), jsonKind(co->getFalseExpr(), depth + 1));
    if (isa<InitListExpr>(e) || isa<UserDefinedLiteral>(e))
      return isJsonType(e->getType()) ? Kind::Built : Kind::Unknown;
    if (auto *call = dyn_cast<CXXMemberCallExpr>(e)) {
      std::string name = memberName(call);
      // The builders return the object they were called on: JsonValue().WithString(..), v.View().
      if (name == "View" || name.rfind("With", 0) == 0)
        return jsonKind(call->getImplicitObjectArgument(), depth + 1);
      return Kind::Unknown;
    }
    if (auto *call = dyn_cast<CallExpr>(e)) {
      std::string name = calleeName(call);
      if (name == "object" && writtenArgs(call) == 0 && isJsonType(call->getType()))
        return Kind::Built;
      if (name == "parse" && call->getNumArgs() >= 1)
        return parsed(call->getArg(0), depth);
      return Kind::Unknown;
    }
    if (auto *ce = dyn_cast<CXXConstructExpr>(e); ce && isJsonType(ce->getType())) {
      if (writtenArgs(ce) == 0 || ce->isListInitialization())
        return Kind::Built;
      if (writtenArgs(ce) == 1) {
        const Expr *arg = ce->getArg(0);
        // JsonValue(text) parses the text; json(other) copies it.
        return isJsonType(arg->getType()) ? jsonKind(arg, depth + 1) : parsed(arg, depth);
      }
      return Kind::Unknown;
    }
    if (const VarDecl *v = localOrConstant(e)) {
      if (!v->hasLocalStorage() || !v->getInit() || !isJsonType(v->getType()) || replaced(v))
        return Kind::Unknown;
      return jsonKind(v->getInit(), depth + 1);
    }
    return Kind::Unknown;
  }

private:
  // Text parsed into JSON: the event when it is the request's payload, a literal object when it
  // is a constant.
  Kind parsed(const Expr *text, int depth) {
    Kind k = stringKind(text, depth + 1);
    if (k == Kind::Literal)
      return Kind::Built;
    return k == Kind::Event ? Kind::Event : Kind::Unknown;
  }

  static Kind same(Kind a, Kind b) { return a == b ? a : Kind::Unknown; }

  static const Expr *skip(const Expr *e) {
    for (int i = 0; e && i < kMaxDepth; ++i) {
      const Expr *next = e->IgnoreUnlessSpelledInSource()->IgnoreParens();
      if (auto *fc = dyn_cast<CXXFunctionalCastExpr>(next))
        next = fc->getSubExpr();
      else if (auto *call = dyn_cast<CallExpr>(next); call && call->getNumArgs() == 1 && call->getDirectCallee() &&
                                                     call->getDirectCallee()->isInStdNamespace() &&
                                                     (calleeName(call) == "move" || calleeName(call) == "forward"))
        next = call->getArg(0);
      if (next == e)
        return e;
      e = next;
    }
    return e;
  }

  // `req.payload` of an aws-lambda-cpp invocation_request: the event's text.
  static bool isRequestPayload(const Expr *e) {
    auto *m = dyn_cast<MemberExpr>(e);
    if (!m || !m->getMemberDecl()->getIdentifier() || m->getMemberDecl()->getName() != "payload")
      return false;
    return typeName(m->getBase()->getType()).find("invocation_request") != std::string::npos;
  }

  // Parameters are not followed: the caller may pass the event or anything else.
  static const VarDecl *localOrConstant(const Expr *e) {
    auto *d = dyn_cast<DeclRefExpr>(e);
    auto *v = d ? dyn_cast<VarDecl>(d->getDecl()) : nullptr;
    if (!v || isa<ParmVarDecl>(v) || v->isInvalidDecl())
      return nullptr;
    return v;
  }

  // Keyed writes (`out["response"] = ..`, WithString) keep what a JSON variable is; an assignment
  // of the whole, a merge, a swap, a string's non-const member or a non-const reference that escapes
  // may make it anything. Moving it into the payload (std::move) is no change.
  bool replaced(const VarDecl *v) {
    struct Finder : RecursiveASTVisitor<Finder> {
      const VarDecl *var;
      bool found = false;
      bool is(const Expr *e) const {
        auto *d = e ? dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts()) : nullptr;
        return d && d->getDecl()->getCanonicalDecl() == var->getCanonicalDecl();
      }
      bool VisitBinaryOperator(BinaryOperator *b) {
        found = found || (b->isAssignmentOp() && is(b->getLHS()));
        return !found;
      }
      bool VisitUnaryOperator(UnaryOperator *u) {
        found = found || (u->getOpcode() == UO_AddrOf && is(u->getSubExpr()));
        return !found;
      }
      bool VisitVarDecl(VarDecl *d) {
        QualType t = d->getType();
        found = found || (t->isReferenceType() && !t.getNonReferenceType().isConstQualified() && is(d->getInit()));
        return !found;
      }
      bool VisitCXXMemberCallExpr(CXXMemberCallExpr *call) {
        static const char *replacing[] = {"update", "merge_patch", "patch", "swap", "insert", "AsObject",
                                          "AsString", "AsArray", "AsBool", "AsInteger", "AsInt64", "AsDouble"};
        if (!is(call->getImplicitObjectArgument()))
          return true;
        const CXXMethodDecl *m = call->getMethodDecl();
        if (!isJsonType(var->getType()))
          found = !m || !m->isConst();
        for (const char *name : replacing)
          found = found || memberName(call) == name;
        return !found;
      }
      bool VisitCallExpr(CallExpr *call) {
        const FunctionDecl *fd = call->getDirectCallee();
        if (fd && fd->isInStdNamespace() && fd->getIdentifier() && (fd->getName() == "move" || fd->getName() == "forward"))
          return true;
        unsigned first = isa<CXXOperatorCallExpr>(call) && isa_and_nonnull<CXXMethodDecl>(fd) ? 1 : 0;
        if (auto *oc = dyn_cast<CXXOperatorCallExpr>(call); oc && oc->isAssignmentOp() && is(oc->getArg(0)))
          found = true;
        for (unsigned i = first; i < call->getNumArgs() && !found; ++i) {
          if (!is(call->getArg(i)))
            continue;
          unsigned p = i - first;
          if (!fd || p >= fd->getNumParams()) {
            found = !fd; // an unresolved callee may take it by reference
            continue;
          }
          QualType t = fd->getParamDecl(p)->getType();
          found = t->isReferenceType() && !t.getNonReferenceType().isConstQualified();
        }
        return !found;
      }
    } finder;
    finder.var = v;
    if (!F.getBody())
      return true;
    finder.TraverseStmt(F.getBody());
    return finder.found;
  }

  const FunctionDecl &F;
};

std::string spelled(ASTContext &ctx, const Expr *e) {
  const SourceManager &sm = ctx.getSourceManager();
  auto range = Lexer::makeFileCharRange(CharSourceRange::getTokenRange(e->getSourceRange()), sm, ctx.getLangOpts());
  std::string text = Lexer::getSourceText(range, sm, ctx.getLangOpts()).str();
  for (char &c : text)
    if (c == '\n' || c == '\t' || c == '\r')
      c = ' ';
  return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

// The constant a Literal payload holds, through the wrappers that spell it.
std::optional<std::string> literalText(const Expr *e, int depth = 0) {
  for (; e && depth < kMaxDepth; ++depth) {
    e = e->IgnoreUnlessSpelledInSource()->IgnoreParens();
    if (auto *s = dyn_cast<StringLiteral>(e))
      return s->getString().str();
    if (auto *fc = dyn_cast<CXXFunctionalCastExpr>(e))
      e = fc->getSubExpr();
    else if (auto *ce = dyn_cast<CXXConstructExpr>(e))
      return writtenArgs(ce) == 0 ? std::optional<std::string>("") : literalText(ce->getArg(0), depth + 1);
    else if (auto *co = dyn_cast<ConditionalOperator>(e))
      e = co->getTrueExpr();
    else if (auto *d = dyn_cast<DeclRefExpr>(e); d && isa<VarDecl>(d->getDecl()))
      e = cast<VarDecl>(d->getDecl())->getInit();
    else if (auto *call = dyn_cast<CallExpr>(e); call && call->getNumArgs() >= 1)
      e = call->getArg(0); // std::move
    else
      return std::nullopt;
  }
  return std::nullopt;
}

} // namespace

PayloadClass classifyResponsePayload(ASTContext &ctx, const FunctionDecl &fn, const Expr *payload) {
  PayloadClass out;
  if (!payload)
    return out;
  if (payload->containsErrors() || payload->isTypeDependent()) { // a missing header: judged by nothing
    out.text = spelled(ctx, payload);
    return out;
  }
  Classifier c(fn);
  out.kind = isJsonType(payload->getType()) ? c.jsonKind(payload, 0) : c.stringKind(payload, 0);
  std::optional<std::string> constant = out.kind == Kind::Literal ? literalText(payload) : std::nullopt;
  out.text = constant ? *constant : spelled(ctx, payload);
  return out;
}

} // namespace tl::clangfe
