#include "collect/dump_directory.h"

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

std::string prepareDumpDirectory(const std::string &dir, bool followSymlink) {
  if (dir.empty())
    return "no output directory given";
  struct stat st {};
  if (!followSymlink && ::lstat(dir.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::error_code ec;
    std::string target = fs::canonical(dir, ec).string();
    return dir + " is a symbolic link, which collect does not follow when run as root; pass the directory itself" +
           (ec ? "" : " (" + target + ")");
  }
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

StaleRemoval removeStaleDumps(const std::string &dir, const std::set<std::string> &listed,
                              const std::set<std::string> &keep) {
  StaleRemoval out;
  // false only when a file that is there could not be removed.
  auto remove = [&](const std::string &name) {
    const std::string path = join(dir, name);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) ||
        ::unlink(path.c_str()) == 0)
      return true;
    if (out.error.empty())
      out.error = "cannot remove " + path + ": " + errnoText();
    return false;
  };
  for (const auto &name : listed) {
    remove(name + ".tmp");
    if (keep.count(name))
      continue;
    struct stat st {};
    const bool there = ::lstat(join(dir, name).c_str(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode));
    if (!there)
      continue;
    if (remove(name))
      out.removed.push_back(name);
    else
      out.left.insert(name);
  }
  return out;
}

} // namespace tl::collect
