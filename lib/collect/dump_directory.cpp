#include "collect/dump_directory.h"

#include "awsjson/dump_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace tl::collect {
namespace {

std::string join(const std::string &dir, const std::string &name) { return (fs::path(dir) / name).string(); }

std::string errnoText() { return std::strerror(errno); }

bool writeAll(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

} // namespace

std::string prepareDumpDirectory(const std::string &dir) {
  if (dir.empty())
    return "no output directory given";
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode))
      return dir + " exists and is not a directory";
  } else if (errno != ENOENT) {
    return dir + ": " + errnoText();
  } else if (::mkdir(dir.c_str(), 0700) != 0) {
    return "cannot create " + dir + ": " + errnoText() + (errno == ENOENT ? " (its parent directory must exist)" : "");
  }
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    return "cannot write to " + dir + ": " + errnoText();
  return "";
}

std::string writeDumpFile(const std::string &dir, const std::string &name, std::string_view text) {
  const std::string target = join(dir, name);
  const std::string temporary = target + ".tmp";
  // O_EXCL | O_NOFOLLOW after removing what was there: a planted `name.tmp` symlink must not
  // redirect the write outside `dir` (rename then replaces `name` itself, never what it points to).
  ::unlink(temporary.c_str());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    return "cannot write " + temporary + ": " + errnoText();
  bool written = writeAll(fd, text);
  std::string error = written ? "" : "cannot write " + temporary + ": " + errnoText();
  if (::close(fd) != 0 && error.empty())
    error = "cannot write " + temporary + ": " + errnoText();
  if (error.empty() && ::rename(temporary.c_str(), target.c_str()) != 0)
    error = "cannot rename " + temporary + " to " + name + ": " + errnoText();
  if (!error.empty())
    ::unlink(temporary.c_str());
  return error;
}

std::vector<std::string> removeStaleDumps(const std::string &dir, const std::set<std::string> &keep,
                                          std::string &error) {
  std::vector<std::string> removed;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    error = "cannot list " + dir + ": " + ec.message();
    return removed;
  }
  std::vector<std::pair<std::string, bool>> doomed; // name, whether it is a dump (else a leftover .tmp)
  for (; it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code typeError;
    fs::file_type type = it->symlink_status(typeError).type();
    if (typeError || (type != fs::file_type::regular && type != fs::file_type::symlink))
      continue;
    std::string_view base = name;
    const bool leftover = base.size() > 4 && base.substr(base.size() - 4) == ".tmp";
    if (leftover)
      base.remove_suffix(4);
    if (!awsjson::parseDumpFileName(base).ok || (!leftover && keep.count(name)))
      continue;
    doomed.emplace_back(name, !leftover);
  }
  if (ec && error.empty())
    error = "cannot list " + dir + ": " + ec.message();
  std::sort(doomed.begin(), doomed.end());
  for (const auto &[name, dump] : doomed) {
    if (::unlink(join(dir, name).c_str()) != 0) {
      if (error.empty())
        error = "cannot remove " + join(dir, name) + ": " + errnoText();
      continue;
    }
    if (dump)
      removed.push_back(name);
  }
  return removed;
}

} // namespace tl::collect
