#pragma once
// The cross-TU join: a callee with no body in the translation unit being analysed gets its
// definition from another translation unit of the same function's code, imported with Clang's
// ASTImporter the way Clang's cross-TU analysis (CrossTranslationUnitContext) does it. The
// imported body keeps its own file, lines and columns, so its facts are reported where they are.
#include "definition_index.h"

#include <map>
#include <memory>
#include <string>

namespace clang {
class ASTImporter;
class ASTImporterSharedState;
class ASTUnit;
class FunctionDecl;
class TranslationUnitDecl;
} // namespace clang

namespace tl::clangfe {

/// Imports definitions from the other translation units of `index` into `into`, each once.
class CrossTuDefinitions {
public:
  CrossTuDefinitions(clang::ASTUnit &into, const std::vector<clang::ASTUnit *> &units, const DefinitionIndex &index);
  ~CrossTuDefinitions();

  /// The definition of `fd` from another translation unit, now part of `into`; null when there
  /// is none or it cannot be imported.
  const clang::FunctionDecl *definitionOf(const clang::FunctionDecl *fd);

private:
  const clang::FunctionDecl *definitionFor(const clang::FunctionDecl *fd);

  clang::ASTUnit &into_;
  const std::vector<clang::ASTUnit *> &units_;
  const DefinitionIndex &index_;
  std::shared_ptr<clang::ASTImporterSharedState> shared_;
  std::map<const clang::TranslationUnitDecl *, std::unique_ptr<clang::ASTImporter>> importers_;
  std::map<std::string, const clang::FunctionDecl *> imported_; // USR -> definition (null: failed)
  std::map<const clang::FunctionDecl *, const clang::FunctionDecl *> asked_; // the Analyzer asks per call
};

} // namespace tl::clangfe
