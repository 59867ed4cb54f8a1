#pragma once
#include "source/file_path.h"

#include <string>
#include <vector>

namespace tl::input {

/// One file to lint and whether the user named it (named files are never skipped silently).
struct InputFile {
  FilePath path; // as given, or joined under the directory that was given; interned, since every
                 // fact read from the file names it too (a run of many files holds each path once)
  bool named = false;
  std::string walkProblem; // set when the walk could not list this directory (or stat this entry): TL000
};

/// A file a directory walk looked at and left out (binary, too large, no word of a template or a
/// dump in its first bytes), with the reason: `-v` lists them.
struct SkippedFile {
  std::string path;
  std::string reason;
};

/// True for the extensions a template or a dump can have (.yaml .yml .json .template).
bool hasInputExtension(const std::string &path);

/// True for C++ translation units (.cpp .cc .cxx); headers are not parsed on their own.
bool isCppSource(const std::string &path);

/// True for C++ headers (.h .hh .hpp .hxx).
bool isCppHeader(const std::string &path);

/// Expands the command-line paths: files stay as they are; directories are walked (without
/// following symlinks, so loops cannot hang the walk), skipping VCS and build folders. A walk
/// keeps files whose extension can hold a template or a dump, C++ sources, and any other regular
/// file whose first bytes carry a template's or a dump's words (a template saved as
/// `ExternalIDPMultiTenantStack`, a dump as `user-pool-config`); the others go to `skipped`, when
/// given, with the reason. Missing paths are kept so that the loader reports them, and so are
/// directories that cannot be listed (permissions, a path longer than PATH_MAX), with
/// `walkProblem` saying so.
std::vector<InputFile> discoverInputs(const std::vector<std::string> &paths,
                                      std::vector<SkippedFile> *skipped = nullptr);

} // namespace tl::input
