#pragma once
// Whether a path lies inside a directory, on the text of both (no filesystem access), and the
// absolute, normal form such comparisons need.
#include <string>
#include <string_view>

namespace tl {

/// True when `path` names something strictly inside `dir` (both spelled the same way: absolute
/// and normal, or both relative to one place). "a/bc" is not inside "a/b".
bool isInsideDirectory(std::string_view path, std::string_view dir);

/// `path` made absolute against the working directory, dots removed, '/' separators, no trailing '/'.
std::string absoluteNormalPath(const std::string &path);

} // namespace tl
