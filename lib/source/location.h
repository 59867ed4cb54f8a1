#pragma once
#include "source/file_path.h"

#include <cstdint>

namespace tl {

/// A 1-based position in an input file; line 0 means "the file as a whole".
struct Location {
  FilePath file;
  uint32_t line = 0;
  uint32_t column = 0;

  bool known() const { return line != 0; }
};

} // namespace tl
