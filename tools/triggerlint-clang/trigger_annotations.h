#pragma once
// `// triggerlint: trigger=A,B` annotations in handler sources (DESIGN.md §1, linking source 3):
// directly above a function they name that function's triggers; in the file's leading comment
// block they name the triggers of every handler of the file. Names are kept as written: TL103
// judges them.
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tl::clangfe {

/// The trigger names of one annotated comment block, with byte offsets into the file.
struct TriggerAnnotation {
  unsigned offset = 0;                                  // the first annotation comment
  std::vector<std::pair<std::string, unsigned>> names; // each name and where it is written
};

/// The annotation in the `//` comment lines directly above the line starting at `lineOffset`.
std::optional<TriggerAnnotation> annotationAbove(llvm::StringRef buffer, unsigned lineOffset);

/// The annotation in the file's leading comment block: the comments before its first declaration
/// or preprocessor directive.
std::optional<TriggerAnnotation> leadingAnnotation(llvm::StringRef buffer);

} // namespace tl::clangfe
