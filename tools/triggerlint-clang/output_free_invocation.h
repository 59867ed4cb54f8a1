#pragma once
// A compile command from a pull request names files for Clang to write (dependency files,
// stats, serialized diagnostics, module caches...) and code for it to load (plugins). Parsing a
// handler needs none of that: only stdout is ours to write (DESIGN.md §6).
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
}

namespace tl::clangfe {

/// Clears every output path and every code-loading option of a parsed command line and turns
/// off what would write on its own (implicit modules, diagnostic logs, -verify). Returns a note
/// for each plugin it dropped, for the user to see.
std::vector<std::string> makeOutputFree(clang::CompilerInvocation &invocation);

} // namespace tl::clangfe
