#pragma once
// Handler facts from one parsed translation unit (DESIGN.md §1, §3): handlers, failure paths,
// triggerSource comparisons and guards, response JSON paths, slow calls.
#include "model/model.h"

#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace tl::clangfe {

struct TuInfo {
  std::string givenPath;      // the main file as written on the command line
  bool degraded = false;      // a header was missing
  std::string degradedReason; // Clang's first error
};

/// Finds the handlers of the main file and their facts. Walks every reachable function once.
std::vector<model::Handler> analyzeTranslationUnit(clang::ASTContext &ctx, const TuInfo &info);

} // namespace tl::clangfe
