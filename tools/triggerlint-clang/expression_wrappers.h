#pragma once
// The expression a value is written as, under the wrappers Clang adds around it (parentheses,
// implicit casts, temporaries, cleanups, a one-argument conversion or copy, and the RecoveryExpr a
// missing header leaves), so that matching sees the same shape with and without the headers.
namespace clang {
class Expr;
} // namespace clang

namespace tl::clangfe {

/// `e` without the wrappers around it (nullptr stays nullptr).
const clang::Expr *strip(const clang::Expr *e);

} // namespace tl::clangfe
