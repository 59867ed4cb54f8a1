#pragma once
// Clang's diagnostics quote the tokens of the file they are in. A handler source may #include any
// readable file of the machine (`#include "/root/.aws/credentials"`), so Clang's text about a
// file is passed on only when the file is one the user's sources or the toolchain hold: what a
// CI log shows must not be a secret's first word (DESIGN.md §6).
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace tl::clangfe {

/// True when Clang's messages about `fid` may be shown: the main file, a file under the main
/// file's directory, under one of `bundledDirs` (stubs, Clang's resource headers), or a system
/// header installed under /usr. Paths are compared after resolving symbolic links.
bool mayQuote(const clang::SourceManager &sm, clang::FileID fid, const std::vector<std::string> &bundledDirs);

/// The #include in the main file through which `fid` was entered, or an invalid location.
clang::SourceLocation includeInMainFile(const clang::SourceManager &sm, clang::FileID fid);

} // namespace tl::clangfe
