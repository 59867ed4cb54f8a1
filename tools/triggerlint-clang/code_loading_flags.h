#pragma once
// Flags that make Clang load code (plugins) are never honoured, whoever wrote them (DESIGN.md
// §6): a compile database comes with the pull request.
#include "clang/Tooling/ArgumentsAdjusters.h"

#include <string>
#include <vector>

namespace tl::clangfe {

/// `args` without its plugin-loading flags; each dropped flag (with its value) is added to
/// `dropped` as it was spelled.
clang::tooling::CommandLineArguments dropCodeLoadingFlags(const clang::tooling::CommandLineArguments &args,
                                                          std::vector<std::string> &dropped);

/// What the user is told about a dropped flag.
std::string droppedFlagNote(const std::string &flag);

} // namespace tl::clangfe
