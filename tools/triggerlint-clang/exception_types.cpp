#include "exception_types.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/CXXInheritance.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace tl::clangfe {
namespace {

using namespace clang;

constexpr int kMaxBaseDepth = 16;

const Type *canonical(QualType t, const ASTContext &ctx) {
  return ctx.getCanonicalType(t).getUnqualifiedType().getTypePtr();
}

// Counts the bases the class's base clause spells. Clang drops a base it cannot resolve (a
// missing header) and keeps the class, which then looks unrelated to what it derives from.
std::optional<unsigned> writtenBases(const CXXRecordDecl *rd, const ASTContext &ctx) {
  const SourceManager &sm = ctx.getSourceManager();
  SourceLocation from = rd->getLocation(), to = rd->getBraceRange().getBegin();
  if (from.isInvalid() || to.isInvalid() || from.isMacroID() || to.isMacroID())
    return std::nullopt;
  bool bad = false;
  llvm::StringRef text =
      Lexer::getSourceText(CharSourceRange::getCharRange(from, to), sm, ctx.getLangOpts(), &bad);
  if (bad)
    return std::nullopt;
  int depth = 0;
  bool inClause = false;
  unsigned count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<' || c == '(' || c == '[')
      ++depth;
    else if (c == '>' || c == ')' || c == ']')
      --depth;
    else if (c == ':' && i + 1 < text.size() && text[i + 1] == ':')
      ++i;
    else if (c == ':' && depth == 0 && !inClause)
      inClause = true, count = 1;
    else if (c == ',' && depth == 0 && inClause)
      ++count;
  }
  return count;
}

// True when a class of the hierarchy (outside system headers, which are all there) spells more
// bases than Clang kept.
bool lostBase(const CXXRecordDecl *rd, const ASTContext &ctx, int depth) {
  if (depth > kMaxBaseDepth)
    return true;
  rd = rd ? rd->getDefinition() : nullptr;
  if (!rd || rd->isInvalidDecl())
    return true;
  if (!ctx.getSourceManager().isInSystemHeader(rd->getLocation())) {
    std::optional<unsigned> written = writtenBases(rd, ctx);
    if (!written || *written != rd->getNumBases())
      return true;
  }
  for (const CXXBaseSpecifier &base : rd->bases())
    if (lostBase(base.getType()->getAsCXXRecordDecl(), ctx, depth + 1))
      return true;
  return false;
}

// [except.handle]/3: T is E, or an unambiguous public base class of E.
bool isPublicUnambiguousBase(const CXXRecordDecl *derived, const CXXRecordDecl *base, const ASTContext &ctx) {
  if (!derived || !base)
    return false;
  if (derived->getCanonicalDecl() == base->getCanonicalDecl())
    return true;
  if (!derived->hasDefinition())
    return false;
  CXXBasePaths paths(/*FindAmbiguities=*/true, /*RecordPaths=*/true, /*DetectVirtual=*/true);
  if (!derived->isDerivedFrom(base, paths))
    return false;
  if (paths.isAmbiguous(ctx.getCanonicalType(ctx.getRecordType(base))))
    return false;
  for (const CXXBasePath &path : paths)
    if (path.Access == AS_public)
      return true;
  return false;
}

// Whether a handler of type `handler` (unqualified, without its reference) catches an exception
// object of type `thrown`. `pointerConversions`: false for a handler that is a reference to a
// non-const pointer, which cannot bind to a converted pointer.
bool matches(const Type *thrown, const Type *handler, bool pointerConversions, const ASTContext &ctx) {
  if (thrown == handler)
    return true;
  if (thrown->getAsCXXRecordDecl() && handler->getAsCXXRecordDecl())
    return isPublicUnambiguousBase(thrown->getAsCXXRecordDecl(), handler->getAsCXXRecordDecl(), ctx);
  if (!handler->isPointerType() || !pointerConversions)
    return false;
  if (thrown->isNullPtrType())
    return true;
  if (!thrown->isPointerType())
    return false;
  QualType from = thrown->getPointeeType(), to = handler->getPointeeType();
  // A qualification conversion may add const or volatile to the pointee, never drop them.
  if (!to.getQualifiers().compatiblyIncludes(from.getQualifiers()))
    return false;
  const Type *f = canonical(from, ctx), *t = canonical(to, ctx);
  if (f == t)
    return true;
  if (t->isVoidType())
    return f->isObjectType();
  return isPublicUnambiguousBase(f->getAsCXXRecordDecl(), t->getAsCXXRecordDecl(), ctx);
}

} // namespace

ThrownType thrownBy(const Expr *operand, const ASTContext &ctx, bool degraded) {
  ThrownType unresolved{ThrownType::Kind::Unresolved, nullptr};
  if (!operand || operand->containsErrors() || operand->isTypeDependent() || operand->getType().isNull())
    return unresolved;
  QualType object = ctx.getExceptionObjectType(operand->getType());
  if (object->containsErrors() || object->isDependentType())
    return unresolved;
  const Type *type = canonical(object, ctx);
  const Type *classType = type->isPointerType() ? type->getPointeeType().getTypePtr() : type;
  if (degraded && classType->getAsCXXRecordDecl() && lostBase(classType->getAsCXXRecordDecl(), ctx, 0))
    return unresolved;
  return {ThrownType::Kind::Exact, type};
}

CatchOutcome catchBy(const CXXCatchStmt *handler, const ThrownType &thrown, const ASTContext &ctx) {
  using Kind = ThrownType::Kind;
  CatchOutcome out;
  const VarDecl *decl = handler->getExceptionDecl();
  if (handler->getCaughtType().isNull()) { // catch (...)
    out.surely = true;
    out.rethrown = thrown.kind == Kind::Library ? ThrownType{Kind::Anything, nullptr} : thrown;
    return out;
  }
  QualType caught = handler->getCaughtType();
  if ((decl && decl->isInvalidDecl()) || caught->containsErrors() || caught->isDependentType()) {
    out.surely = true; // an unresolved handler type: see the header
    return out;
  }
  bool pointerConversions = true;
  if (const auto *ref = caught->getAs<ReferenceType>()) {
    pointerConversions = caught->isLValueReferenceType() && ref->getPointeeType().isConstQualified();
    caught = ref->getPointeeType();
  }
  const Type *handlerType = canonical(caught, ctx);
  ThrownType asHandler{Kind::AtLeast, handlerType};
  switch (thrown.kind) {
  case Kind::Unresolved:
    out.surely = true;
    break;
  case Kind::Exact:
    if (matches(thrown.type, handlerType, pointerConversions, ctx))
      out.surely = true, out.rethrown = thrown;
    break;
  case Kind::AtLeast:
    if (matches(thrown.type, handlerType, pointerConversions, ctx))
      out.surely = true, out.rethrown = thrown;
    else if (matches(handlerType, thrown.type, pointerConversions, ctx))
      // a class derived from what was thrown: caught only sometimes, under the same sources
      out.rethrown = ThrownType{Kind::AtLeast, handlerType, thrown.keyless};
    break;
  case Kind::Anything:
  case Kind::Library:
    out.rethrown = asHandler;
    break;
  }
  return out;
}

} // namespace tl::clangfe
