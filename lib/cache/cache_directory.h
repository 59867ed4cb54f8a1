#pragma once
// The directory triggerlint keeps its caches in, and the file operations every cache needs there:
// writes that a parallel run never sees half done, and a size bound kept by evicting the entries
// used longest ago (a use touches the entry's mtime, like ccache's).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tl::cache {

/// `$XDG_CACHE_HOME/triggerlint`, else `$HOME/.cache/triggerlint` (the XDG base directory
/// default), else "" (no cache).
std::string defaultCacheDirectory();

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename, creating
/// the directories on the way: a reader sees the old entry or the new one, never a part. False
/// when any step fails (the cache is then simply not written).
bool writeAtomically(const std::filesystem::path &path, std::string_view bytes);

/// The whole content of `path`, or nothing when it cannot be read.
std::optional<std::string> readWhole(const std::filesystem::path &path);

/// Marks `path` as used now, for eviction.
void markUsed(const std::filesystem::path &path);

/// What an eviction pass found and removed.
struct EvictionResult {
  uint64_t bytesBefore = 0;
  uint64_t bytesAfter = 0;
  size_t removed = 0;
};

/// When the files under `root` take more than `maxBytes`, removes the least recently used until
/// they take at most 90% of it (so that the next runs do not evict again at once). Temporary files
/// of writes in progress are left alone unless an hour old (a run that died mid-write).
EvictionResult evictLeastRecentlyUsed(const std::filesystem::path &root, uint64_t maxBytes);

} // namespace tl::cache
