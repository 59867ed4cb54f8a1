#pragma once
// Where a repository starts, seen from a directory inside it.
#include <string>

namespace tl {

/// The repository root above `dir`: the nearest directory holding `.git` (a directory, or a file
/// in a worktree or submodule) or a `.triggerlint.yaml`; "" when there is none (no walk to `/`).
std::string repositoryRoot(const std::string &dir);

/// The nearest directory above `dir` holding `.git`: what code scanning resolves SARIF URIs
/// against. "" when there is none.
std::string gitTopLevel(const std::string &dir);

} // namespace tl
