#pragma once
// Handler markers in the local headers a C++ source includes: a function whose handler lives in a
// header (`#include "service.h"` and `int main() { return service::start(); }`) has a main.cpp
// with no marker of its own, yet is a handler's translation unit (DESIGN.md §5 screening). A
// header no source includes is compiled into nothing and is not screened: there is no translation
// unit to parse it in.
#include <string>
#include <string_view>

namespace tl::input {

/// True when a header that `text`, the source at `path`, includes with `#include "..."` (found
/// beside the including file, quoted includes followed a few levels deep) may hold a handler.
bool includesHandlerHeader(const std::string &path, std::string_view text);

} // namespace tl::input
