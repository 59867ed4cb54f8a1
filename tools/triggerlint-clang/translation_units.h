#pragma once
// Parses a translation unit into an ASTUnit that outlives the parse, so that every translation
// unit of a function's code is alive at once for the cross-TU join (like ClangTool::buildASTs,
// with triggerlint's own rules for what a compile command may do).
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

  /// The parsed translation unit; null when Clang could not start on the file.
  std::unique_ptr<clang::ASTUnit> take();

private:
  std::function<void(clang::CompilerInvocation &)> prepare_;
  std::unique_ptr<clang::ASTUnit> ast_;
};

} // namespace tl::clangfe
