#pragma once
// The text of an expression or a range as written in the file, which matching by name needs where a
// missing header left a call unresolved.
#include <string>

namespace clang {
class ASTContext;
class SourceRange;
class Stmt;
} // namespace clang

namespace tl::clangfe {

/// The file text of `r` (token range, through macro expansions); "" when it has none.
std::string sourceText(const clang::ASTContext &ctx, clang::SourceRange r);
/// The file text of `s`; "" for nullptr.
std::string sourceText(const clang::ASTContext &ctx, const clang::Stmt *s);

} // namespace tl::clangfe
