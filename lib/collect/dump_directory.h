#pragma once
// The directory `triggerlint collect` writes: one file per call (names from awsjson/dump_files.h),
// each replaced atomically, and nothing touched but those files and the ones an earlier
// collection listed in its manifest (collect_manifest.h).
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tl::collect {

/// Creates `dir` when missing (its parent must exist; created 0700, as dumps may hold function
/// environment variables). With `followSymlink` false, a `dir` that is a symbolic link is refused:
/// run as root, collect must not write into, or remove files from, wherever a link planted in a
/// shared directory points. "" on success, else why `dir` cannot be used.
std::string prepareDumpDirectory(const std::string &dir, bool followSymlink = true);

/// Writes `text` to `dir`/`name` (created 0600) through `name`.tmp and a rename, so a reader never
/// sees half a file. "" on success, else the error.
std::string writeDumpFile(const std::string &dir, const std::string &name, std::string_view text);

/// What removing an earlier collection's files did.
struct StaleRemoval {
  std::vector<std::string> removed; // sorted
  std::set<std::string> left;       // listed, not kept, and still there (their removal failed)
  std::string error;                // the first failure
};

/// Removes the files of `listed` (an earlier collection's manifest) that are not in `keep`, and
/// leftover `<listed name>.tmp` files. Nothing else in `dir` is touched, and a symbolic link is
/// removed, never what it points to.
StaleRemoval removeStaleDumps(const std::string &dir, const std::set<std::string> &listed,
                              const std::set<std::string> &keep);

} // namespace tl::collect
