#include "output/replace_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tl {

std::string replaceFile(const std::string &path, std::string_view text) {
  // Beside the target, so that the rename stays within one file system and is atomic.
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  auto failed = [] { return std::string(std::strerror(errno)); };
  ::unlink(temporary.c_str());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0)
    return failed();
  std::string error;
  for (std::string_view rest = text; !rest.empty() && error.empty();) {
    ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      error = failed();
    else
      rest.remove_prefix(static_cast<size_t>(n));
  }
  if (::close(fd) != 0 && error.empty())
    error = failed();
  if (error.empty() && ::rename(temporary.c_str(), path.c_str()) != 0)
    error = failed();
  if (!error.empty())
    ::unlink(temporary.c_str());
  return error;
}

} // namespace tl
