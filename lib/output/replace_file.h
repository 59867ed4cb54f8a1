#pragma once
// Writing a file a reader may open at any moment (a baseline, a report CI uploads).
#include <string>
#include <string_view>

namespace tl {

/// Replaces `path` with `text` through a temporary file beside it, renamed into place, so a
/// reader sees the old file or the whole new one, never half of it. A planted symbolic link at
/// the temporary name is not followed. Returns "" or the reason it failed ("No such file or directory").
std::string replaceFile(const std::string &path, std::string_view text);

} // namespace tl
