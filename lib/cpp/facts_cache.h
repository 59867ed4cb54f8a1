#pragma once
// The handler facts cache (issue 10): what the C++ frontend answered for a function unit, kept
// on disk and reused while nothing it depends on has changed, like ccache's direct mode. An entry
// is found by a key over everything known before parsing (the tool, the frontend, the flags, the
// compile database, the include environment, the unit's files and their content) and holds the
// list of every file the parse read with its content hash: an edited header misses exactly the
// entries of the units that include it.
#include "cpp/clang_frontend_runner.h"
#include "model/handler_json.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tl::cpp {

/// Where the cache lives and how large it may grow; an empty `dir` turns it off.
struct FactsCacheSettings {
  std::string dir;
  uint64_t maxBytes = uint64_t(2) << 30;
};

/// The facts cache of one run. Not thread-safe: the run looks up and stores from one thread.
class FactsCache {
public:
  FactsCache(FactsCacheSettings settings, const FrontendOptions &options);

  bool enabled() const { return !settings_.dir.empty(); }

  /// The stored answer for `unit` (its files in order) when every file it read is unchanged.
  std::optional<std::vector<model::HandlerFile>> lookup(const std::vector<std::string> &unit);

  /// Keeps the frontend's answer for `unit`: `files` (one per unit file, in order) and `deps`,
  /// every file the parse read. Nothing is kept when a dependency is not now what the parse read
  /// (for one whose bytes the frontend did not hash: when it changed after `parseStartNs`), or
  /// cannot be read now.
  void store(const std::vector<std::string> &unit, const std::vector<model::HandlerFile> &files,
             const std::vector<ReadFile> &deps, int64_t parseStartNs);

  /// Bounds the cache's size, when this run wrote to it.
  void finish();

  /// Files whose answer came from the cache so far.
  size_t filesHit() const { return filesHit_; }

private:
  struct Dependency {
    std::string path;
    int64_t size = 0, mtimeNs = 0;
    std::string sha256;
  };
  const std::string &runKey();
  std::string keyOf(const std::vector<std::string> &unit);
  std::filesystem::path entryPath(const std::string &key) const;
  /// The content hash of `path` as it is now ("" when unreadable), hashed once per run.
  const std::string &contentHash(const std::string &path);
  bool write(const std::string &key, const std::vector<std::string> &unit, const std::vector<Dependency> &deps,
             const nlohmann::json &files);

  FactsCacheSettings settings_;
  FrontendOptions options_;
  std::string runKey_; // the part of every key that the run's settings give
  std::map<std::string, std::string> hashes_;
  size_t filesHit_ = 0;
  bool wrote_ = false;
};

/// The run's cache settings: `--no-cache` turns it off; else `--cache-dir`, else the config
/// file's `cache-dir`, else the default directory (cache_directory.h).
FactsCacheSettings factsCacheSettings(bool noCache, const std::string &cacheDirOption,
                                      const std::optional<std::string> &configCacheDir);

/// Nanoseconds since the epoch on the clock file modification times use.
int64_t nowNs();

} // namespace tl::cpp
