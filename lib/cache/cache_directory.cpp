#include "cache/cache_directory.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace tl::cache {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTempMarker = ".tmp.";

bool isTemporary(const fs::path &p) { return p.filename().string().find(kTempMarker) != std::string::npos; }

} // namespace

std::string defaultCacheDirectory() {
  // The XDG spec: a relative $XDG_CACHE_HOME is invalid and to be ignored.
  if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/')
    return (fs::path(xdg) / "triggerlint").string();
  if (const char *home = std::getenv("HOME"); home && *home == '/')
    return (fs::path(home) / ".cache" / "triggerlint").string();
  return "";
}

bool writeAtomically(const fs::path &path, std::string_view bytes) {
  static std::atomic<unsigned> counter{0};
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec)
    return false;
  // Unique among processes (pid) and among this process's threads (counter).
  fs::path temp = path;
  temp += std::string(kTempMarker) + std::to_string(::getpid()) + "." + std::to_string(counter++);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      out.close();
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

std::optional<std::string> readWhole(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad())
    return std::nullopt;
  return std::move(text).str();
}

void markUsed(const fs::path &path) {
  std::error_code ec;
  fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
}

EvictionResult evictLeastRecentlyUsed(const fs::path &root, uint64_t maxBytes) {
  struct Entry {
    fs::file_time_type used;
    uint64_t bytes;
    fs::path path;
  };
  std::vector<Entry> entries;
  EvictionResult result;
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::error_code statError;
    if (!it->is_regular_file(statError) || it->is_symlink(statError))
      continue;
    const uint64_t bytes = it->file_size(statError);
    const auto used = it->last_write_time(statError);
    if (statError)
      continue;
    result.bytesBefore += bytes;
    if (isTemporary(it->path()) && now - used < std::chrono::hours(1))
      continue; // another run is writing it
    entries.push_back({used, bytes, it->path()});
  }
  result.bytesAfter = result.bytesBefore;
  if (result.bytesBefore <= maxBytes)
    return result;
  const uint64_t target = maxBytes / 10 * 9;
  std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.used < b.used; });
  for (const Entry &e : entries) {
    if (result.bytesAfter <= target)
      break;
    std::error_code removeError;
    if (fs::remove(e.path, removeError)) {
      result.bytesAfter -= e.bytes;
      ++result.removed;
    }
  }
  return result;
}

} // namespace tl::cache
