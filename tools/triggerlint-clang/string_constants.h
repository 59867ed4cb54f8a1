#pragma once
// The string an expression holds when it is a constant: a narrow literal, a user-defined literal's
// string, std::string{"X"}, or a const/constexpr variable initialised with one.
#include "clang/Basic/SourceLocation.h"

#include <optional>
#include <string>
#include <utility>

namespace clang {
class Expr;
} // namespace clang

namespace tl::clangfe {

/// The constant string and the place of its literal, or nullopt.
std::optional<std::pair<std::string, clang::SourceLocation>> strLit(const clang::Expr *e, int depth = 0);

} // namespace tl::clangfe
