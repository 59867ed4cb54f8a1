#pragma once
// `@FILE` in a compile command makes Clang Tooling read FILE and splice its words into the
// command (JSON compile databases are wrapped in expandResponseFiles), so any readable file of
// the machine could change flags and reach the output in "unknown argument" messages. A compile
// database comes with the pull request (DESIGN.md §6): response files are never read, and an
// `@FILE` argument, wherever it comes from, is dropped with a note.
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <memory>
#include <string>
#include <vector>

namespace tl::clangfe {

/// The compile database Clang Tooling would find in `buildDir` (compile_commands.json, then
/// compile_flags.txt), or, when `buildDir` is empty, in the nearest directory above `source`
/// that holds one; as Tooling loads it, but without expanding response files. Null if none.
std::unique_ptr<clang::tooling::CompilationDatabase> loadUnexpandedDatabase(const std::string &buildDir,
                                                                             const std::string &source);

/// `args` without its `@FILE` arguments; each dropped one is added to `dropped`.
clang::tooling::CommandLineArguments dropResponseFiles(const clang::tooling::CommandLineArguments &args,
                                                       std::vector<std::string> &dropped);

/// What the user is told about a dropped `@FILE`.
std::string droppedResponseFileNote(const std::string &arg);

} // namespace tl::clangfe
