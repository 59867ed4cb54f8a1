#pragma once
// Where a comparison names the constant that holds its string (`src == kPostAuth` with
// `constexpr auto kPostAuth = "PostAuthentication_Authentcation";`): a finding about the
// comparison belongs at that name, the use, with the literal at the constant's definition as a note,
// as clang-tidy reports a use with a note at the declaration.
#include "clang/Basic/SourceLocation.h"

namespace clang {
class Expr;
class SourceManager;
} // namespace clang

namespace tl::clangfe {

/// The name in `comparison` of the constant whose initializer (through other constants) holds the
/// literal at `literal`; invalid when the comparison writes the literal itself.
clang::SourceLocation constantUse(const clang::SourceManager &sm, const clang::Expr *comparison,
                                  clang::SourceLocation literal);

} // namespace tl::clangfe
