#pragma once
#include <string>

namespace tl::input {

/// The bytes of one input file, or why they could not be read.
struct FileContent {
  bool ok = false;
  std::string text;
  std::string error; // "No such file or directory", "file is larger than 64 MiB", ...
};

/// Reads a whole file, refusing anything larger than `maxBytes` before reading it.
FileContent readFile(const std::string &path, size_t maxBytes = 64u << 20);

/// True when the text looks binary: a NUL byte in its first 8 KiB.
bool looksBinary(const std::string &text);

} // namespace tl::input
