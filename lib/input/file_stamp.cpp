#include "input/file_stamp.h"

#include <sys/stat.h>

namespace tl {

FileStamp stampOf(const std::string &path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return {};
  return {static_cast<int64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

} // namespace tl
