#include "exception_flow.h"

#include "library_throws.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

#include <algorithm>

namespace tl::clangfe {
namespace {

using namespace clang;
using Kind = ThrownType::Kind;

// Deep enough for any real call chain; a deeper callee counts as throwing nothing.
constexpr int kMaxCallDepth = 32;

enum class Spec { MayThrow, NoThrow, Unknown };

// An exception specification that is still unevaluated, depends on a template argument or did not
// survive a missing header says neither: the exception is followed no further.
Spec specOf(const FunctionDecl *fn) {
  const auto *proto = fn->getType()->getAs<FunctionProtoType>();
  if (!proto)
    return Spec::MayThrow;
  switch (proto->getExceptionSpecType()) {
  case EST_DynamicNone:
  case EST_BasicNoexcept:
  case EST_NoexceptTrue:
  case EST_NoThrow:
    return Spec::NoThrow;
  case EST_None:
  case EST_MSAny:
  case EST_NoexceptFalse:
  case EST_Dynamic:
    if (const Expr *e = proto->getNoexceptExpr(); e && e->containsErrors())
      return Spec::Unknown;
    return Spec::MayThrow;
  case EST_DependentNoexcept:
  case EST_Unevaluated:
  case EST_Uninstantiated:
  case EST_Unparsed:
    return Spec::Unknown;
  }
  return Spec::Unknown;
}

bool isRethrowException(const CallExpr *call) {
  const FunctionDecl *fn = call->getDirectCallee();
  return fn && fn->isInStdNamespace() && fn->getIdentifier() && fn->getName() == "rethrow_exception";
}

bool rethrowsCurrent(const CallExpr *call) {
  if (!call || !isRethrowException(call) || call->getNumArgs() != 1)
    return false;
  const auto *arg = dyn_cast<CallExpr>(call->getArg(0)->IgnoreImplicit()->IgnoreParens());
  const FunctionDecl *fn = arg ? arg->getDirectCallee() : nullptr;
  return fn && fn->isInStdNamespace() && fn->getIdentifier() && fn->getName() == "current_exception";
}

void addTo(std::vector<ThrownType> &to, const ThrownType &t) {
  if (std::find(to.begin(), to.end(), t) == to.end())
    to.push_back(t);
}

void addAll(std::vector<ThrownType> &to, const std::vector<ThrownType> &from) {
  for (const ThrownType &t : from)
    addTo(to, t);
}

void dropLibrary(std::vector<ThrownType> &thrown) {
  thrown.erase(std::remove_if(thrown.begin(), thrown.end(),
                              [](const ThrownType &t) { return t.kind == Kind::Library; }),
               thrown.end());
}

// A callee Clang could not resolve (a missing header, a dependent call in a template) may be
// noexcept in the full parse: it counts as throwing nothing.
bool unresolvedCallee(const CallExpr *call) {
  const Expr *callee = call->getCallee();
  return !callee || callee->containsErrors() || callee->isTypeDependent() ||
         isa<UnresolvedLookupExpr, UnresolvedMemberExpr, CXXDependentScopeMemberExpr, DependentScopeDeclRefExpr>(
             callee->IgnoreParenImpCasts());
}

} // namespace

ExceptionFlow::ExceptionFlow(const ASTContext &ctx, BodyOf bodyOf, KnownCallOf knownCall, bool degraded)
    : ctx_(ctx), bodyOf_(std::move(bodyOf)), knownCall_(std::move(knownCall)), degraded_(degraded) {}

bool ExceptionFlow::isThrowSite(const Stmt *s) {
  if (isa_and_nonnull<CXXThrowExpr>(s))
    return true;
  const auto *call = dyn_cast_or_null<CallExpr>(s);
  return call && isRethrowException(call);
}

ExceptionFlow::Outcome ExceptionFlow::follow(const Stmt *site, const FunctionDecl *fn, const std::vector<Step> &path) {
  const Where &where = whereIs(site, fn);
  return travel(leave(where, thrownAt(site, where)), fn, path);
}

ExceptionFlow::Outcome ExceptionFlow::followFromCall(std::vector<ThrownType> thrown, const CallExpr *call,
                                                     const FunctionDecl *fn, const std::vector<Step> &path) {
  return travel(leave(whereIs(call, fn), std::move(thrown)), fn, path);
}

ExceptionFlow::Outcome ExceptionFlow::travel(Thrown thrown, const FunctionDecl *fn, const std::vector<Step> &path) {
  Outcome out;
  const FunctionDecl *callee = fn;
  for (int i = static_cast<int>(path.size()) - 1;; --i) {
    if (thrown.empty())
      return out;
    Spec spec = specOf(callee);
    if (spec == Spec::Unknown)
      return out;
    if (spec == Spec::NoThrow) {
      out.kind = Outcome::Kind::Terminates;
      out.terminatesAt = i;
      out.escaping = std::move(thrown);
      return out;
    }
    if (i < 0)
      break;
    thrown = leave(whereIs(path[i].call, path[i].caller), std::move(thrown));
    callee = path[i].caller;
  }
  out.kind = Outcome::Kind::Escapes;
  out.escaping = std::move(thrown);
  return out;
}

const ExceptionFlow::Thrown &ExceptionFlow::escaping(const FunctionDecl *fn, int depth) {
  static const Thrown kNothing;
  auto it = escaping_.find(fn);
  if (it != escaping_.end())
    return it->second;
  // A recursive call adds nothing its first walk does not find; a chain this deep is not code.
  if (depth > kMaxCallDepth || !fn->getBody() || inProgress_.count(fn))
    return kNothing;
  inProgress_.insert(fn);
  Thrown thrown = walk(fn->getBody(), Where{}, depth);
  inProgress_.erase(fn);
  return escaping_[fn] = std::move(thrown);
}

ExceptionFlow::Thrown ExceptionFlow::walk(const Stmt *s, const Where &where, int depth) {
  Thrown out;
  if (!s || isa<LambdaExpr>(s)) // a lambda's body is its own function
    return out;
  if (const auto *tryStmt = dyn_cast<CXXTryStmt>(s)) {
    Where inTry = where;
    inTry.tries.insert(inTry.tries.begin(), tryStmt);
    Thrown inFlight = walk(tryStmt->getTryBlock(), inTry, depth);
    for (unsigned i = 0; i < tryStmt->getNumHandlers(); ++i) {
      const CXXCatchStmt *handler = tryStmt->getHandler(i);
      Thrown &rethrown = rethrown_[handler];
      Thrown passed;
      for (const ThrownType &t : inFlight) {
        CatchOutcome caught = catchBy(handler, t, ctx_);
        if (caught.rethrown)
          addTo(rethrown, *caught.rethrown);
        if (!caught.surely)
          passed.push_back(t);
      }
      inFlight = std::move(passed);
      Where inHandler = where;
      inHandler.handler = handler;
      addAll(out, walk(handler->getHandlerBlock(), inHandler, depth));
    }
    addAll(out, inFlight);
    return out;
  }
  if (isa<CXXThrowExpr>(s) || isa<CallExpr>(s))
    where_[s] = where;
  for (const Stmt *child : s->children())
    addAll(out, walk(child, where, depth));
  // Allocation failures (std::string, new, building the exception object itself) are not what
  // handlers are written for, as bugprone-exception-escape ignores std::bad_alloc: constructors and
  // a throw's operand add no library exception, so they reach no handler's rethrow.
  if (isa<CXXThrowExpr>(s)) {
    dropLibrary(out);
    addAll(out, thrownAt(s, where));
  } else if (const auto *call = dyn_cast<CallExpr>(s)) {
    addAll(out, isRethrowException(call) ? thrownAt(call, where) : fromCall(call, depth));
  }
  return out;
}

ExceptionFlow::Thrown ExceptionFlow::fromCall(const CallExpr *call, int depth) {
  if (std::optional<KnownCall> known = knownCall_ ? knownCall_(call) : std::nullopt) {
    Thrown out = known->thrown;
    for (const FunctionDecl *fn : known->runs)
      if (specOf(fn) == Spec::MayThrow)
        addAll(out, escaping(fn, depth + 1));
    return out;
  }
  if (const FunctionDecl *body = bodyOf_(call))
    return specOf(body) == Spec::MayThrow ? escaping(body, depth + 1) : Thrown{};
  if (const FunctionDecl *direct = call->getDirectCallee())
    return specOf(direct) == Spec::MayThrow ? Thrown{ThrownType{Kind::Library, nullptr}} : Thrown{};
  if (unresolvedCallee(call))
    return {};
  return {ThrownType{Kind::Library, nullptr}}; // through a function pointer or a function object
}

ExceptionFlow::Thrown ExceptionFlow::thrownAt(const Stmt *site, const Where &where) {
  if (const auto *t = dyn_cast<CXXThrowExpr>(site)) {
    if (const Expr *operand = t->getSubExpr())
      return {thrownBy(operand, ctx_, degraded_)};
    if (where.handler)
      return rethrown_[where.handler];
    return {ThrownType{Kind::Anything, nullptr}}; // `throw;` in a function called from a handler
  }
  // routes[src](event) on a source that is no key: the empty std::function throws
  if (const Type *badCall = badFunctionCallOf(dyn_cast_or_null<CallExpr>(site), ctx_))
    return {ThrownType{Kind::Exact, badCall}};
  // routes.at(src) on a source that is no key
  if (const Type *outOfRange = outOfRangeOf(dyn_cast_or_null<CallExpr>(site), ctx_))
    return {ThrownType{Kind::Exact, outOfRange}};
  // std::rethrow_exception(std::current_exception()) in a catch clause is `throw;`
  if (where.handler && rethrowsCurrent(dyn_cast_or_null<CallExpr>(site)))
    return rethrown_[where.handler];
  return {ThrownType{Kind::Anything, nullptr}}; // std::rethrow_exception
}

ExceptionFlow::Thrown ExceptionFlow::leave(const Where &where, Thrown thrown) const {
  dropLibrary(thrown);
  for (const CXXTryStmt *tryStmt : where.tries)
    for (unsigned i = 0; i < tryStmt->getNumHandlers() && !thrown.empty(); ++i) {
      const CXXCatchStmt *handler = tryStmt->getHandler(i);
      thrown.erase(std::remove_if(thrown.begin(), thrown.end(),
                                  [&](const ThrownType &t) { return catchBy(handler, t, ctx_).surely; }),
                   thrown.end());
    }
  return thrown;
}

bool ExceptionFlow::insideTry(const std::vector<Step> &path) {
  for (const Step &step : path)
    if (step.call && step.caller && !whereIs(step.call, step.caller).tries.empty())
      return true;
  return false;
}

bool ExceptionFlow::passesUnchanged(const Step &step, const FunctionDecl *callee) {
  return specOf(callee) == Spec::MayThrow && whereIs(step.call, step.caller).tries.empty();
}

const ExceptionFlow::Where &ExceptionFlow::whereIs(const Stmt *site, const FunctionDecl *fn) {
  static const Where kOutsideAnyTry;
  escaping(fn, 0);
  auto it = where_.find(site);
  return it == where_.end() ? kOutsideAnyTry : it->second;
}

} // namespace tl::clangfe
