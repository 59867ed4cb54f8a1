// The `success` argument decides which answer the constructor is: a literal or a constant
// expression is known, anything else (a variable set at run time) is Unknown and counts as neither,
// so no rule judges a response whose kind it cannot know.
#include "constructed_response.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {
namespace {

using namespace clang;

bool namesResponse(QualType t) {
  return !t.isNull() && t.getAsString().find("invocation_response") != std::string::npos;
}

ConstructedResponse::Outcome outcomeOf(ASTContext &ctx, const Expr *flag) {
  const Expr *e = flag->IgnoreParenImpCasts();
  if (auto *b = dyn_cast<CXXBoolLiteralExpr>(e))
    return b->getValue() ? ConstructedResponse::Outcome::Success : ConstructedResponse::Outcome::Failure;
  bool value = false;
  if (!e->containsErrors() && !e->isValueDependent() && e->EvaluateAsBooleanCondition(value, ctx))
    return value ? ConstructedResponse::Outcome::Success : ConstructedResponse::Outcome::Failure;
  return ConstructedResponse::Outcome::Unknown;
}

} // namespace

ConstructedResponse constructedResponse(ASTContext &ctx, const Expr *e) {
  ConstructedResponse out;
  if (auto *ce = dyn_cast_or_null<CXXConstructExpr>(e); ce && ce->getNumArgs() == 3 && namesResponse(ce->getType())) {
    out.payload = ce->getArg(0);
    out.outcome = outcomeOf(ctx, ce->getArg(2));
  } else if (auto *uc = dyn_cast_or_null<CXXUnresolvedConstructExpr>(e);
             uc && uc->getNumArgs() == 3 && namesResponse(uc->getTypeAsWritten())) {
    out.payload = uc->getArg(0);
    out.outcome = outcomeOf(ctx, uc->getArg(2));
  }
  return out;
}

} // namespace tl::clangfe
