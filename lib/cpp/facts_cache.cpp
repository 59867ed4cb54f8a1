#include "cpp/facts_cache.h"

#include "cache/cache_directory.h"
#include "cache/sha256.h"
#include "cpp/frontend_file_names.h"
#include "input/file_stamp.h"
#include "version.h"

#include <chrono>
#include <cstdlib>
#include <fstream>

namespace tl::cpp {
namespace fs = std::filesystem;

namespace {

// Bumped when an entry's layout or the meaning of its facts changes without a version change.
constexpr int kFormat = 1;
// The coarse clock that stamps file modifications lags the precise one by up to a tick: a file
// written just after the parse began may carry a time just before it.
constexpr int64_t kClockSlackNs = 20'000'000;

/// Adds one field to a key, length first, so that fields cannot run into each other.
void field(cache::Sha256 &h, std::string_view text) {
  h.update(std::to_string(text.size()));
  h.update(":");
  h.update(text);
}

std::string fileIdentity(const std::string &path) {
  const FileStamp s = stampOf(path);
  return path + "|" + std::to_string(s.size) + "|" + std::to_string(s.mtimeNs);
}

} // namespace

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

FactsCacheSettings factsCacheSettings(bool noCache, const std::string &cacheDirOption,
                                      const std::optional<std::string> &configCacheDir) {
  FactsCacheSettings s;
  if (noCache)
    return s;
  s.dir = !cacheDirOption.empty() ? cacheDirOption : configCacheDir.value_or(cache::defaultCacheDirectory());
  return s;
}

FactsCache::FactsCache(FactsCacheSettings settings, const FrontendOptions &options)
    : settings_(std::move(settings)), options_(options) {}

// Computed on the first unit only: a run without C++ reads no compile database for it.
const std::string &FactsCache::runKey() {
  if (!runKey_.empty())
    return runKey_;
  const FrontendOptions &options = options_;
  cache::Sha256 h;
  field(h, "triggerlint facts " + std::to_string(kFormat));
  field(h, TRIGGERLINT_VERSION);
  // The frontend as ccache's compiler_check=mtime sees a compiler: rebuilding it is a new frontend.
  field(h, fileIdentity(options.executable));
  std::error_code ec;
  field(h, fs::current_path(ec).string()); // relative names and includes resolve against it
  field(h, options.buildDir);
  if (!options.buildDir.empty())
    field(h, cache::readWhole(fs::path(options.buildDir) / "compile_commands.json").value_or("(unreadable)"));
  for (const auto &arg : options.extraArgs)
    field(h, arg);
  // Clang reads these for include directories.
  for (const char *var : {"CPATH", "CPLUS_INCLUDE_PATH", "C_INCLUDE_PATH"}) {
    const char *value = std::getenv(var);
    field(h, value ? std::string("=") + value : "unset");
  }
  runKey_ = h.hexDigest();
  return runKey_;
}

const std::string &FactsCache::contentHash(const std::string &path) {
  auto it = hashes_.find(path);
  if (it != hashes_.end())
    return it->second;
  std::string hash;
  std::ifstream in(path, std::ios::binary);
  if (in) {
    cache::Sha256 h;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
      h.update(std::string_view(buffer, static_cast<size_t>(in.gcount())));
    if (!in.bad())
      hash = h.hexDigest();
  }
  return hashes_.emplace(path, std::move(hash)).first->second;
}

std::string FactsCache::keyOf(const std::vector<std::string> &unit) {
  cache::Sha256 h;
  field(h, runKey());
  for (const auto &file : unit) {
    field(h, file);
    field(h, contentHash(file));
  }
  return h.hexDigest();
}

fs::path FactsCache::entryPath(const std::string &key) const {
  return fs::path(settings_.dir) / "facts" / key.substr(0, 2) / (key + ".tlfacts");
}

bool FactsCache::write(const std::string &key, const std::vector<std::string> &unit,
                       const std::vector<Dependency> &deps, const nlohmann::json &files) {
  nlohmann::json doc{{"format", kFormat}, {"key", key}, {"unit", unit}, {"files", files}};
  nlohmann::json list = nlohmann::json::array();
  for (const auto &d : deps)
    list.push_back({d.path, d.size, d.mtimeNs, d.sha256});
  doc["deps"] = std::move(list);
  // Backup tools skip a directory with this file (https://bford.info/cachedir/).
  const fs::path tag = fs::path(settings_.dir) / "CACHEDIR.TAG";
  if (!fs::exists(tag))
    cache::writeAtomically(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                                "# This file is a cache directory tag created by triggerlint.\n");
  if (!cache::writeAtomically(entryPath(key), model::dumpJson(doc)))
    return false;
  wrote_ = true;
  return true;
}

std::optional<std::vector<model::HandlerFile>> FactsCache::lookup(const std::vector<std::string> &unit) {
  if (!enabled())
    return std::nullopt;
  const std::string key = keyOf(unit);
  const fs::path path = entryPath(key);
  auto text = cache::readWhole(path);
  if (!text)
    return std::nullopt;
  // Anything unexpected in an entry (truncated, another format, edited by hand) is a miss; the
  // frontend's answer then replaces it.
  try {
    nlohmann::json doc = nlohmann::json::parse(*text);
    if (doc.at("format") != kFormat || doc.at("key") != key)
      return std::nullopt;
    std::vector<Dependency> deps;
    bool restamped = false;
    for (const auto &d : doc.at("deps")) {
      Dependency dep{d.at(0).get<std::string>(), d.at(1).get<int64_t>(), d.at(2).get<int64_t>(),
                     d.at(3).get<std::string>()};
      const FileStamp now = stampOf(dep.path);
      if (now.size < 0)
        return std::nullopt;
      if (now.size != dep.size || now.mtimeNs != dep.mtimeNs) {
        // Touched or checked out again: the content decides.
        if (contentHash(dep.path) != dep.sha256)
          return std::nullopt;
        dep.size = now.size;
        dep.mtimeNs = now.mtimeNs;
        restamped = true;
      }
      deps.push_back(std::move(dep));
    }
    std::vector<model::HandlerFile> files;
    for (const auto &f : doc.at("files"))
      files.push_back(model::handlerFileFromJson(f));
    restoreFileNames(files, unit);
    if (files.size() != unit.size())
      return std::nullopt;
    for (size_t i = 0; i < unit.size(); ++i)
      if (files[i].file != unit[i])
        return std::nullopt;
    // New stamps spare the next run the hashing; otherwise the use is what eviction needs.
    if (!restamped || !write(key, unit, deps, doc.at("files")))
      cache::markUsed(path);
    filesHit_ += unit.size();
    return files;
  } catch (const nlohmann::json::exception &) {
    return std::nullopt;
  }
}

void FactsCache::store(const std::vector<std::string> &unit, const std::vector<model::HandlerFile> &files,
                       const std::vector<ReadFile> &deps, int64_t parseStartNs) {
  if (!enabled() || files.size() != unit.size() || deps.empty())
    return;
  std::vector<Dependency> list;
  for (const auto &dep : deps) {
    if (dep.path.empty())
      return;
    const FileStamp stamp = stampOf(dep.path);
    if (stamp.size < 0)
      return;
    // Hashed again now, so that the stamp kept belongs to the content kept.
    hashes_.erase(dep.path);
    const std::string &hash = contentHash(dep.path);
    if (hash.empty() || stampOf(dep.path) != stamp)
      return;
    if (dep.sha256.empty() ? stamp.mtimeNs >= parseStartNs - kClockSlackNs : hash != dep.sha256)
      return; // the parse may have read other bytes than these
    list.push_back({dep.path, stamp.size, stamp.mtimeNs, hash});
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto &f : files)
    out.push_back(model::toJson(f));
  write(keyOf(unit), unit, list, out);
}

void FactsCache::finish() {
  if (wrote_)
    cache::evictLeastRecentlyUsed(settings_.dir, settings_.maxBytes);
}

} // namespace tl::cpp
