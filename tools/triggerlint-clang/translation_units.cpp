#include "translation_units.h"

#include "clang/Frontend/ASTUnit.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"

namespace tl::clangfe {

KeepAstAction::KeepAstAction(std::function<void(clang::CompilerInvocation &)> prepare)
    : prepare_(std::move(prepare)) {}

KeepAstAction::~KeepAstAction() = default;

bool KeepAstAction::runInvocation(std::shared_ptr<clang::CompilerInvocation> invocation, clang::FileManager *files,
                                  std::shared_ptr<clang::PCHContainerOperations> pch,
                                  clang::DiagnosticConsumer *diags) {
  if (prepare_)
    prepare_(*invocation);
  // Every error is recorded (no error limit; a missing header is made non-fatal by the
  // diagnostic consumer, see main.cpp); no carets or "N errors generated." on stderr.
  invocation->getDiagnosticOpts().ErrorLimit = 0;
  invocation->getDiagnosticOpts().ShowCarets = false;
  if (preambles_ && files && diags) {
    if (auto use = preambles_->obtain(*invocation, *files, *diags, snapshot_)) {
      if (!use->built && restore_)
        restore_(use->record); // Clang does not emit a precompiled preamble's diagnostics again
      PreambleCache::apply(*invocation, *use);
      preambleDeps_ = std::move(use->deps);
    }
  }
  auto engine = clang::CompilerInstance::createDiagnostics(&invocation->getDiagnosticOpts(), diags,
                                                           /*ShouldOwnClient=*/false);
  ast_ = clang::ASTUnit::LoadFromCompilerInvocation(std::move(invocation), std::move(pch), engine, files);
  return ast_ != nullptr;
}

void KeepAstAction::usePreambles(PreambleCache *cache, std::function<nlohmann::json()> snapshot,
                                 std::function<void(const nlohmann::json &)> restore) {
  preambles_ = cache;
  snapshot_ = std::move(snapshot);
  restore_ = std::move(restore);
}

std::unique_ptr<clang::ASTUnit> KeepAstAction::take() { return std::move(ast_); }

} // namespace tl::clangfe
