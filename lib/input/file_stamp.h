#pragma once
// A file's size and modification time: the cheap test that a file is still the one read before
// (pass 2 of a run re-reading a template; a cache entry's dependencies).
#include <cstdint>
#include <string>

namespace tl {

/// A file's size and modification time.
struct FileStamp {
  int64_t size = -1; // -1: the file could not be stat'ed (missing, a directory's walk problem)
  int64_t mtimeNs = 0;
  bool operator==(const FileStamp &) const = default;
};

/// The stamp of `path` now.
FileStamp stampOf(const std::string &path);

} // namespace tl
