#include "response_files.h"

#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace tl::clangfe {
namespace {

using clang::tooling::CompilationDatabase;

// Tooling's JSON plugin without its expandResponseFiles wrapper; the same inference otherwise.
std::unique_ptr<CompilationDatabase> loadFromDirectory(llvm::StringRef dir) {
  std::string error;
  llvm::SmallString<256> json(dir);
  llvm::sys::path::append(json, "compile_commands.json");
  if (auto db = clang::tooling::JSONCompilationDatabase::loadFromFile(
          json, error, clang::tooling::JSONCommandLineSyntax::AutoDetect))
    return clang::tooling::inferTargetAndDriverMode(clang::tooling::inferMissingCompileCommands(std::move(db)));
  // compile_flags.txt is read line by line and never expanded; its `@FILE` lines are dropped later.
  llvm::SmallString<256> flags(dir);
  llvm::sys::path::append(flags, "compile_flags.txt");
  return clang::tooling::FixedCompilationDatabase::loadFromFile(flags, error);
}

} // namespace

std::unique_ptr<CompilationDatabase> loadUnexpandedDatabase(const std::string &buildDir, const std::string &source) {
  if (!buildDir.empty())
    return loadFromDirectory(buildDir);
  std::string absolute = clang::tooling::getAbsolutePath(source);
  for (llvm::StringRef dir = llvm::sys::path::parent_path(absolute); !dir.empty();
       dir = llvm::sys::path::parent_path(dir))
    if (auto db = loadFromDirectory(dir))
      return db;
  return nullptr;
}

clang::tooling::CommandLineArguments dropResponseFiles(const clang::tooling::CommandLineArguments &args,
                                                       std::vector<std::string> &dropped) {
  clang::tooling::CommandLineArguments out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0 && llvm::StringRef(args[i]).startswith("@"))
      dropped.push_back(args[i]);
    else
      out.push_back(args[i]);
  }
  return out;
}

std::string droppedResponseFileNote(const std::string &arg) {
  return "'" + arg + "' was dropped from the compile command: triggerlint never reads response files that its "
                     "inputs name";
}

} // namespace tl::clangfe
