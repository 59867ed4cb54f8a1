#pragma once
// The files of a function's code: which files are the unit's own (its translation units and the
// headers they include from the function directory) and how the run names them (DESIGN.md §4:
// paths as given; a local header is never printed absolute while its source is relative).
#include "llvm/ADT/StringRef.h"

#include <map>
#include <string>
#include <vector>

namespace clang {
class SourceManager;
class SourceLocation;
} // namespace clang

namespace tl::clangfe {

/// A unit's translation units, as given and as Clang opened them.
class UnitFiles {
public:
  explicit UnitFiles(const std::vector<std::string> &given);

  /// The path facts use for a file Clang names `clangPath`: a translation unit's given path; a
  /// file under a translation unit's directory, that directory as given joined with the rest; a
  /// file under the working directory, relative to it when the run names its files relatively;
  /// else `clangPath`.
  std::string reported(llvm::StringRef clangPath) const;

  /// True for a location in a translation unit of the unit or a header under one of their
  /// directories, outside system headers.
  bool isLocal(const clang::SourceManager &sm, clang::SourceLocation loc) const;

private:
  struct Entry {
    std::string given, absolute, givenDir, absoluteDir;
  };
  std::vector<Entry> entries_;
  std::string cwd_;
  bool relative_ = false;
  mutable std::map<const void *, bool> localFiles_; // FileEntry -> isLocal: asked for every declaration
};

/// `path` absolute, with `.` and `..` taken out.
std::string absoluteNormalised(llvm::StringRef path);

} // namespace tl::clangfe
