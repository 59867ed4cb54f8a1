// Only quoted includes are followed, resolved against the including file's directory as the
// preprocessor first does: angle-bracket includes are libraries, and -I directories are the
// compile database's, which screening does not read. Depth and count are bounded so that a
// header cycle or a large project cannot make screening slow.
#include "input/header_markers.h"

#include "cpp/handler_text_scan.h"
#include "input/file_reader.h"

#include <filesystem>
#include <set>
#include <vector>

namespace fs = std::filesystem;

namespace tl::input {
namespace {

constexpr int kMaxDepth = 4;
constexpr size_t kMaxHeaders = 64;
constexpr size_t kMaxHeaderBytes = 4u << 20;

// The targets of the `#include "..."` lines of `text`.
std::vector<std::string> quotedIncludes(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos || line[i] != '#')
      continue;
    i = line.find_first_not_of(" \t", i + 1);
    if (i == std::string_view::npos || line.substr(i, 7) != "include")
      continue;
    i = line.find_first_not_of(" \t", i + 7);
    if (i == std::string_view::npos || line[i] != '"')
      continue;
    size_t close = line.find('"', i + 1);
    if (close != std::string_view::npos && close > i + 1)
      out.emplace_back(line.substr(i + 1, close - i - 1));
  }
  return out;
}

bool anyMarked(const fs::path &dir, std::string_view text, int depth, std::set<std::string> &seen) {
  if (depth > kMaxDepth)
    return false;
  for (const std::string &name : quotedIncludes(text)) {
    std::error_code ec;
    fs::path header = (dir / name).lexically_normal();
    if (seen.size() >= kMaxHeaders || !seen.insert(header.string()).second || !fs::is_regular_file(header, ec))
      continue;
    FileContent content = readFile(header.string(), kMaxHeaderBytes);
    if (!content.ok || looksBinary(content.text))
      continue;
    if (cpp::mayHoldHandler(content.text) || anyMarked(header.parent_path(), content.text, depth + 1, seen))
      return true;
  }
  return false;
}

} // namespace

bool includesHandlerHeader(const std::string &path, std::string_view text) {
  std::set<std::string> seen;
  return anyMarked(fs::path(path).parent_path(), text, 0, seen);
}

} // namespace tl::input
