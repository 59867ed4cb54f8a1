#include "definition_index.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Index/USRGeneration.h"

namespace tl::clangfe {
namespace {

using namespace clang;

class Indexer : public RecursiveASTVisitor<Indexer> {
public:
  Indexer(const SourceManager &sm, const DefinitionIndex::IsLocal &local,
          std::vector<const FunctionDecl *> &found)
      : SM(sm), local_(local), found_(found) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  // Definitions are declarations: bodies hold none worth joining (local classes aside).
  bool TraverseStmt(Stmt *) { return true; }
  bool TraverseDecl(Decl *d) {
    if (d && !isa<TranslationUnitDecl>(d) && d->getLocation().isValid() && !local_(SM, d->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(d);
  }
  bool VisitFunctionDecl(FunctionDecl *fd) {
    if (fd->doesThisDeclarationHaveABody() && fd->getTemplatedKind() == FunctionDecl::TK_NonTemplate &&
        !fd->isDependentContext() && !fd->isInvalidDecl())
      found_.push_back(fd);
    return true;
  }

private:
  const SourceManager &SM;
  const DefinitionIndex::IsLocal &local_;
  std::vector<const FunctionDecl *> &found_;
};

} // namespace

std::string usrOf(const FunctionDecl *fd) {
  llvm::SmallString<128> buf;
  if (!fd || index::generateUSRForDecl(fd, buf))
    return "";
  return std::string(buf);
}

DefinitionIndex::DefinitionIndex(const std::vector<ASTUnit *> &units, const IsLocal &local) {
  for (size_t i = 0; i < units.size(); ++i) {
    if (!units[i])
      continue;
    ASTContext &ctx = units[i]->getASTContext();
    std::vector<const FunctionDecl *> found;
    Indexer(ctx.getSourceManager(), local, found).TraverseDecl(ctx.getTranslationUnitDecl());
    for (const FunctionDecl *fd : found) {
      std::string usr = usrOf(fd);
      if (usr.empty())
        continue;
      unitOf_.emplace(fd, static_cast<int>(i));
      byUsr_.emplace(std::move(usr), fd); // the first definition in unit order wins
    }
  }
}

const FunctionDecl *DefinitionIndex::find(llvm::StringRef usr) const {
  auto it = byUsr_.find(usr);
  return it == byUsr_.end() ? nullptr : it->second;
}

int DefinitionIndex::unitOf(const FunctionDecl *fd) const {
  auto it = unitOf_.find(fd);
  return it == unitOf_.end() ? -1 : it->second;
}

} // namespace tl::clangfe
