#include "waits.h"

#include "call_names.h"
#include "expression_wrappers.h"
#include "source_text.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {
namespace {

using namespace clang;

std::optional<long long> evalInt(const ASTContext &C, const Expr *e) {
  if (!e || e->isValueDependent() || e->containsErrors() || e->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult r;
  if (e->EvaluateAsInt(r, C))
    return r.Val.getInt().getExtValue();
  return std::nullopt;
}

// A std::chrono::duration's count times its period, in milliseconds.
std::optional<long long> evalDurationMillis(const ASTContext &C, const Expr *e) {
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

} // namespace

std::optional<Wait> assignedWait(const ASTContext &C, const Expr *lhs, const Expr *rhs) {
  const Expr *l = strip(lhs);
  std::string member;
  if (auto *m = dyn_cast<MemberExpr>(l))
    member = m->getMemberNameInfo().getAsString();
  else if (auto *dm = dyn_cast<CXXDependentScopeMemberExpr>(l))
    member = dm->getMember().getAsString();
  if (member == "requestTimeoutMs" || member == "connectTimeoutMs" || member == "httpRequestTimeoutMs")
    return Wait{member, evalInt(C, rhs), l->getBeginLoc()};
  return std::nullopt;
}

WaitCall calledWait(const ASTContext &C, const CallExpr *call) {
  const Expr *obj = nullptr;
  std::string name = calleeName(call, &obj);
  std::string calleeText = sourceText(C, call->getCallee());
  const FunctionDecl *fd = call->getDirectCallee();
  if ((name == "sleep_for" || name == "sleep_until") && call->getNumArgs() == 1 &&
      (calleeText.find("this_thread") != std::string::npos ||
       (fd && fd->getDeclContext()->isNamespace() && cast<NamespaceDecl>(fd->getDeclContext())->getName() == "this_thread"))) {
    std::optional<long long> ms;
    if (name == "sleep_for")
      ms = evalDurationMillis(C, call->getArg(0));
    return {true, Wait{"std::this_thread::" + name, ms, call->getBeginLoc()}};
  }
  if (!obj && (name == "sleep" || name == "usleep") && call->getNumArgs() == 1) {
    auto v = evalInt(C, call->getArg(0));
    if (v)
      *v = name == "sleep" ? *v * 1000 : *v / 1000;
    return {true, Wait{name, v, call->getBeginLoc()}};
  }
  if (name == "curl_easy_setopt" && call->getNumArgs() == 3) {
    std::string opt = sourceText(C, call->getArg(1));
    static const char *opts[] = {"CURLOPT_TIMEOUT_MS", "CURLOPT_CONNECTTIMEOUT_MS", "CURLOPT_TIMEOUT",
                                 "CURLOPT_CONNECTTIMEOUT"};
    for (const char *o : opts)
      if (opt == o) {
        auto v = evalInt(C, call->getArg(2));
        bool ms = opt.size() > 3 && opt.compare(opt.size() - 3, 3, "_MS") == 0;
        if (v && !ms)
          *v *= 1000;
        return {true, Wait{opt, v, call->getBeginLoc()}};
      }
    return {true, std::nullopt};
  }
  return {};
}

} // namespace tl::clangfe
