#pragma once
// Handler facts from one parsed translation unit (DESIGN.md §1, §3): handlers, failure paths,
// triggerSource comparisons and guards, response JSON paths, slow calls.
#include "handler_discovery.h"
#include "model/model.h"

#include "llvm/ADT/StringRef.h"

#include <functional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
class ParmVarDecl;
class SourceLocation;
}

namespace tl::clangfe {

struct CalleeFacts;

struct TuInfo {
  std::string givenPath;      // the main file as written on the command line
  bool degraded = false;      // a header was missing
  std::string degradedReason; // Clang's first error
  std::vector<HandlerCandidate> handlers; // what handler discovery found to analyse in this TU
  // The facts of a callee defined in another TU of the unit, summarised there as if it were a
  // handler, with the parameters whose bits are set in the mask receiving the trigger source;
  // null: none.
  std::function<const CalleeFacts *(const clang::FunctionDecl *, unsigned sourceMask)> factsElsewhere;
  // When set, the first handler is a callee summarised for another TU: receives what only that TU
  // can tell (the writes into its JSON parameters, the types its throws escape with).
  CalleeFacts *callee = nullptr;
  // Parameters of the handlers that receive the trigger source from a caller in another TU.
  std::vector<const clang::ParmVarDecl *> sourceParameters;
  // How a file other than the main file is named in facts (a path as the run names it).
  std::function<std::string(llvm::StringRef)> reportedPath;
};

/// Analyses `info.handlers` and returns them with their facts. Walks every reachable function once.
std::vector<model::Handler> analyzeTranslationUnit(clang::ASTContext &ctx, const TuInfo &info);

/// True when a `// triggerlint: trigger=` annotation marks the function beginning at `begin`.
bool annotatedAsHandler(clang::ASTContext &ctx, clang::SourceLocation begin);

} // namespace tl::clangfe
