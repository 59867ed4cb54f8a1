#pragma once
// Handler facts of one function's code: its translation units parsed together, handlers
// discovered across them, each analysed in the translation unit that defines it, calls into
// the other translation units joined by USR (issue 9, DESIGN.md §2 "C++ analysis").
#include "model/model.h"

#include <string>
#include <vector>

namespace clang {
class ASTUnit;
}

namespace tl::clangfe {

/// One translation unit of a unit; `ast` is null when it did not parse at all.
struct UnitSource {
  std::string givenPath;
  clang::ASTUnit *ast = nullptr;
  bool degraded = false;
  std::string degradedReason;
};

/// The handlers of each source, in the order of `sources`. A handler defined in a header that
/// several sources include is reported once, with the first of them.
std::vector<std::vector<model::Handler>> analyzeUnit(const std::vector<UnitSource> &sources);

} // namespace tl::clangfe
