#pragma once
// The directory `triggerlint collect` writes: one file per call (names from awsjson/dump_files.h),
// each replaced atomically, and nothing but those files touched.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tl::collect {

/// Creates `dir` when missing (its parent must exist; created 0700, as dumps may hold function
/// environment variables). "" on success, else why `dir` cannot be used.
std::string prepareDumpDirectory(const std::string &dir);

/// Writes `text` to `dir`/`name` (created 0600) through `name`.tmp and a rename, so a reader never
/// sees half a file. "" on success, else the error.
std::string writeDumpFile(const std::string &dir, const std::string &name, std::string_view text);

/// Removes the files of `dir` that carry a dump file name (awsjson::parseDumpFileName) but are not
/// in `keep`, and leftover `<dump file name>.tmp` files, so `dir` holds one collection. Other files
/// and directories stay. Returns the dump file names removed, sorted; `error` gets the first
/// failure.
std::vector<std::string> removeStaleDumps(const std::string &dir, const std::set<std::string> &keep,
                                          std::string &error);

} // namespace tl::collect
