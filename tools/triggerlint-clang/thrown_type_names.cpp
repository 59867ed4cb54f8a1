#include "thrown_type_names.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

#include "llvm/ADT/StringRef.h"

namespace tl::clangfe {

using namespace clang;

namespace {

// Namespaces and classes up to the translation unit, outermost first. An inline namespace is left
// out: its members are found in the namespace around it (libc++'s std::__1).
std::optional<std::string> qualifiedName(const CXXRecordDecl *rd) {
  if (!rd || !rd->getIdentifier() || isa<ClassTemplateSpecializationDecl>(rd) || rd->isInAnonymousNamespace())
    return std::nullopt;
  std::string name = rd->getName().str();
  for (const DeclContext *dc = rd->getDeclContext(); !dc->isTranslationUnit(); dc = dc->getParent()) {
    if (auto *ns = dyn_cast<NamespaceDecl>(dc)) {
      if (ns->isInline())
        continue;
      if (!ns->getIdentifier())
        return std::nullopt;
      name = ns->getName().str() + "::" + name;
    } else if (auto *outer = dyn_cast<CXXRecordDecl>(dc); outer && outer->getIdentifier() &&
                                                          !isa<ClassTemplateSpecializationDecl>(outer)) {
      name = outer->getName().str() + "::" + name;
    } else if (!isa<LinkageSpecDecl>(dc)) {
      return std::nullopt; // a class local to a function
    }
  }
  return name;
}

const CXXRecordDecl *recordNamed(llvm::StringRef name, const ASTContext &ctx) {
  const DeclContext *dc = ctx.getTranslationUnitDecl();
  while (true) {
    auto [head, rest] = name.split("::");
    const Decl *found = nullptr;
    for (const NamedDecl *d : dc->lookup(&ctx.Idents.get(head))) {
      if (rest.empty() ? isa<CXXRecordDecl>(d) : (isa<NamespaceDecl>(d) || isa<CXXRecordDecl>(d))) {
        found = d;
        break;
      }
    }
    if (!found)
      return nullptr;
    if (rest.empty()) {
      auto *rd = cast<CXXRecordDecl>(found)->getDefinition();
      return rd;
    }
    if (auto *rd = dyn_cast<CXXRecordDecl>(found)) {
      if (!(rd = rd->getDefinition()))
        return nullptr;
      dc = rd;
    } else {
      dc = cast<NamespaceDecl>(found);
    }
    name = rest;
  }
}

} // namespace

std::optional<std::vector<NamedThrownType>> namesOf(const std::vector<ThrownType> &thrown) {
  std::vector<NamedThrownType> out;
  for (const ThrownType &t : thrown) {
    if ((t.kind != ThrownType::Kind::Exact && t.kind != ThrownType::Kind::AtLeast) || !t.type)
      return std::nullopt;
    std::optional<std::string> name = qualifiedName(t.type->getAsCXXRecordDecl());
    if (!name)
      return std::nullopt;
    out.push_back({t.kind, std::move(*name)});
  }
  return out;
}

std::optional<std::vector<ThrownType>> typesNamed(const std::vector<NamedThrownType> &named, const ASTContext &ctx) {
  std::vector<ThrownType> out;
  for (const NamedThrownType &n : named) {
    const CXXRecordDecl *rd = recordNamed(n.name, ctx);
    if (!rd)
      return std::nullopt;
    out.push_back({n.kind, ctx.getCanonicalType(ctx.getRecordType(rd)).getUnqualifiedType().getTypePtr()});
  }
  return out;
}

} // namespace tl::clangfe
