#include "input/file_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace tl::input {

FileContent readFile(const std::string &path, size_t maxBytes) {
  FileContent out;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    out.error = std::strerror(errno);
    return out;
  }
  if (S_ISDIR(st.st_mode)) {
    out.error = "is a directory";
    return out;
  }
  // Refuse before reading: a FIFO or a huge file must not hang or exhaust memory.
  if (!S_ISREG(st.st_mode)) {
    out.error = "not a regular file";
    return out;
  }
  if (static_cast<size_t>(st.st_size) > maxBytes) {
    out.error = "file is larger than " + std::to_string(maxBytes >> 20) + " MiB";
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.error = std::strerror(errno);
    return out;
  }
  out.text.resize(static_cast<size_t>(st.st_size));
  in.read(out.text.data(), static_cast<std::streamsize>(out.text.size()));
  out.text.resize(static_cast<size_t>(in.gcount()));
  out.ok = true;
  return out;
}

bool looksBinary(const std::string &text) {
  return text.find('\0', 0) < 8192;
}

} // namespace tl::input
