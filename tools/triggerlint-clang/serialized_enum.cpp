#include "serialized_enum.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// from_json(const BasicJsonType &, E &): the template the macro defines next to the enum.
const FunctionDecl *fromJsonOf(const EnumDecl *e) {
  const DeclContext *ns = e->getDeclContext()->getRedeclContext();
  for (int hops = 0; ns && hops < 4; ++hops, ns = ns->getParent()) {
    if (!ns->isFileContext() && !ns->isRecord())
      continue;
    for (const NamedDecl *d : ns->lookup(&e->getASTContext().Idents.get("from_json"))) {
      auto *tmpl = dyn_cast<FunctionTemplateDecl>(d);
      const FunctionDecl *fn = tmpl ? tmpl->getTemplatedDecl() : nullptr;
      if (!fn || fn->getNumParams() != 2 || !fn->hasBody())
        continue;
      QualType target = fn->getParamDecl(1)->getType();
      if (!target->isLValueReferenceType())
        continue;
      const auto *et = target.getNonReferenceType()->getAs<EnumType>();
      if (et && et->getDecl()->getCanonicalDecl() == e->getCanonicalDecl())
        return fn;
    }
    if (ns->isFileContext())
      break;
  }
  return nullptr;
}

// The macro's `static const std::pair<E, BasicJsonType> m[] = {{E::A, "a"}, ...};`.
const InitListExpr *pairsOf(const FunctionDecl *fromJson) {
  for (const Stmt *s : cast<CompoundStmt>(fromJson->getBody())->body())
    if (auto *ds = dyn_cast<DeclStmt>(s))
      for (const Decl *d : ds->decls())
        if (auto *vd = dyn_cast<VarDecl>(d); vd && vd->isStaticLocal() && vd->getType()->isArrayType())
          if (auto *list = dyn_cast_or_null<InitListExpr>(vd->getInit()))
            return list;
  return nullptr;
}

} // namespace

std::vector<SerializedEnumerator> serializedEnumerators(const EnumDecl *e) {
  std::vector<SerializedEnumerator> out;
  const FunctionDecl *fromJson = e ? fromJsonOf(e) : nullptr;
  const InitListExpr *pairs = fromJson && isa_and_nonnull<CompoundStmt>(fromJson->getBody()) ? pairsOf(fromJson) : nullptr;
  if (!pairs)
    return out;
  for (const Expr *item : pairs->inits()) {
    auto *pair = dyn_cast<InitListExpr>(item->IgnoreImplicit());
    if (!pair || pair->getNumInits() != 2)
      return {}; // not the macro's shape: claim nothing
    auto *enumerator = dyn_cast<DeclRefExpr>(pair->getInit(0)->IgnoreImplicit());
    auto *constant = enumerator ? dyn_cast<EnumConstantDecl>(enumerator->getDecl()) : nullptr;
    const Expr *json = pair->getInit(1)->IgnoreImplicit();
    if (!constant)
      return {};
    if (auto *text = dyn_cast<StringLiteral>(json); text && text->getCharByteWidth() == 1)
      out.push_back({constant->getInitVal().getExtValue(), text->getString().str(), text->getBeginLoc()});
    else if (isa<CXXNullPtrLiteralExpr, IntegerLiteral, FloatingLiteral, CXXBoolLiteralExpr>(json))
      out.push_back({constant->getInitVal().getExtValue(), std::nullopt, json->getBeginLoc()});
    else
      return {}; // a value the reader cannot compare: claim nothing
  }
  return out;
}

const EnumDecl *enumReadFromJson(const Expr *e, const Expr **json) {
  auto *call = dyn_cast_or_null<CXXMemberCallExpr>(e);
  const CXXMethodDecl *method = call ? call->getMethodDecl() : nullptr;
  if (!method)
    return nullptr;
  bool reads = isa<CXXConversionDecl>(method) || (method->getIdentifier() && method->getName() == "get");
  const auto *et = call->getType()->getAs<EnumType>();
  if (!reads || !et)
    return nullptr;
  *json = call->getImplicitObjectArgument();
  return et->getDecl();
}

} // namespace tl::clangfe
