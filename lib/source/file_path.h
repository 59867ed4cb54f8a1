#pragma once
// An input file's path, stored once per run however many facts name it.
#include "source/interned_text.h"

namespace tl {

/// A file path as interned text: one pointer wide, equal paths are the same pointer.
using FilePath = InternedText;

} // namespace tl
