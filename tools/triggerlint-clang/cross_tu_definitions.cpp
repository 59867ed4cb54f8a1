#include "cross_tu_definitions.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTImporter.h"
#include "clang/AST/ASTImporterSharedState.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"

namespace tl::clangfe {
namespace {

using namespace clang;

// Each import adds declarations to the importing AST: bound them so that a unit of many small
// functions cannot grow one translation unit without limit.
constexpr size_t kMaxImports = 512;

/// Importing reports its own problems (an unsupported node, an ODR mismatch) through the
/// importing file's diagnostics, which would make them that file's TL000: they are not the
/// file's problems, only a join that did not happen.
class QuietDiagnostics {
public:
  explicit QuietDiagnostics(DiagnosticsEngine &d) : diags_(d), was_(d.getSuppressAllDiagnostics()) {
    diags_.setSuppressAllDiagnostics(true);
  }
  ~QuietDiagnostics() { diags_.setSuppressAllDiagnostics(was_); }

private:
  DiagnosticsEngine &diags_;
  bool was_;
};

} // namespace

CrossTuDefinitions::CrossTuDefinitions(ASTUnit &into, const std::vector<ASTUnit *> &units,
                                       const DefinitionIndex &index)
    : into_(into), units_(units), index_(index) {}

CrossTuDefinitions::~CrossTuDefinitions() = default;

const FunctionDecl *CrossTuDefinitions::definitionOf(const FunctionDecl *fd) {
  fd = fd->getCanonicalDecl();
  if (auto it = asked_.find(fd); it != asked_.end())
    return it->second;
  const FunctionDecl *&answer = asked_[fd];
  // the library's functions are never the unit's own
  const SourceManager &sm = fd->getASTContext().getSourceManager();
  if (fd->getLocation().isInvalid() || sm.isInSystemHeader(sm.getFileLoc(fd->getLocation())))
    return nullptr;
  answer = definitionFor(fd);
  return answer;
}

const FunctionDecl *CrossTuDefinitions::definitionFor(const FunctionDecl *fd) {
  std::string usr = usrOf(fd);
  if (usr.empty())
    return nullptr;
  if (auto it = imported_.find(usr); it != imported_.end())
    return it->second;
  const FunctionDecl *&slot = imported_[usr];
  const FunctionDecl *def = index_.find(usr);
  int from = def ? index_.unitOf(def) : -1;
  if (!def || from < 0 || units_[from] == &into_ || imported_.size() > kMaxImports)
    return nullptr;
  ASTContext &to = into_.getASTContext();
  ASTContext &fromCtx = units_[from]->getASTContext();
  if (!shared_)
    shared_ = std::make_shared<ASTImporterSharedState>(*to.getTranslationUnitDecl());
  auto &importer = importers_[fromCtx.getTranslationUnitDecl()];
  if (!importer)
    importer = std::make_unique<ASTImporter>(to, to.getSourceManager().getFileManager(), fromCtx,
                                             fromCtx.getSourceManager().getFileManager(), false, shared_);
  QuietDiagnostics quietTo(to.getDiagnostics()), quietFrom(fromCtx.getDiagnostics());
  llvm::Expected<Decl *> got = importer->Import(const_cast<FunctionDecl *>(def));
  if (!got) {
    llvm::consumeError(got.takeError());
    return nullptr;
  }
  auto *imported = dyn_cast_or_null<FunctionDecl>(*got);
  if (!imported || !imported->doesThisDeclarationHaveABody())
    return nullptr;
  to.getParentMapContext().clear(); // the AST changed under any parent map built before
  slot = imported;
  return imported;
}

} // namespace tl::clangfe
