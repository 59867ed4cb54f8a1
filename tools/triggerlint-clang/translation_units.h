#pragma once
// Parses a translation unit into an ASTUnit that outlives the parse, so that every translation
// unit of a function's code is alive at once for the cross-TU join (like ClangTool::buildASTs,
// with triggerlint's own rules for what a compile command may do).
#include "preamble_cache.h"

#include "clang/Tooling/Tooling.h"

#include <functional>
#include <memory>
#include <vector>

namespace clang {
class ASTUnit;
class CompilerInvocation;
} // namespace clang

namespace tl::clangfe {

/// A Tooling action keeping the ASTUnit of the file it runs on. `prepare` sees the invocation
/// before anything runs (to take out output paths and plugins).
class KeepAstAction : public clang::tooling::ToolAction {
public:
  explicit KeepAstAction(std::function<void(clang::CompilerInvocation &)> prepare);
  ~KeepAstAction() override;

  bool runInvocation(std::shared_ptr<clang::CompilerInvocation> invocation, clang::FileManager *files,
                     std::shared_ptr<clang::PCHContainerOperations> pch,
                     clang::DiagnosticConsumer *diags) override;

  /// Parse against a preamble from `cache`; `snapshot` gives the file's diagnostic state after
  /// a preamble is built, `restore` replays a stored one on a reuse.
  void usePreambles(PreambleCache *cache, std::function<nlohmann::json()> snapshot,
                    std::function<void(const nlohmann::json &)> restore);

  /// The parsed translation unit; null when Clang could not start on the file.
  std::unique_ptr<clang::ASTUnit> take();

  /// The files the preamble the parse used read (none without one).
  const std::vector<DependencyFile> &preambleDeps() const { return preambleDeps_; }

private:
  std::function<void(clang::CompilerInvocation &)> prepare_;
  std::unique_ptr<clang::ASTUnit> ast_;
  PreambleCache *preambles_ = nullptr;
  std::function<nlohmann::json()> snapshot_;
  std::function<void(const nlohmann::json &)> restore_;
  std::vector<DependencyFile> preambleDeps_;
};

} // namespace tl::clangfe
