#include "awsjson/embedded_json.h"

#include <string_view>
#include <vector>

namespace tl::awsjson {
namespace {

// The byte offset of a 1-based line/column (columns count characters, as the readers do).
size_t offsetOf(std::string_view text, uint32_t line, uint32_t column) {
  size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (uint32_t l = 1; l < line && i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
      ++l;
  for (uint32_t c = 1; c < column && i < text.size();) {
    ++i;
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      ++c;
  }
  return i;
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The code unit of a `\uXXXX` escape at `i`, or -1.
long unicodeEscape(std::string_view raw, size_t i) {
  if (i + 6 > raw.size() || raw[i] != '\\' || raw[i + 1] != 'u')
    return -1;
  for (size_t k = 2; k < 6; ++k)
    if (!isHex(raw[i + k]))
      return -1;
  return std::stol(std::string(raw.substr(i + 2, 4)), nullptr, 16);
}

// For each decoded character of the string literal starting at `quote` (the opening '"'): the
// outer column of the raw text it came from, by decoded line. Inner lines only break at
// escaped "\n" (raw newlines cannot occur in a JSON string).
std::vector<std::vector<uint32_t>> columnMap(std::string_view text, size_t quote, uint32_t quoteColumn) {
  std::vector<std::vector<uint32_t>> map(1);
  uint32_t column = quoteColumn + 1;
  size_t i = quote + 1;
  while (i < text.size() && text[i] != '"') {
    size_t width = 1; // raw characters this decoded character takes
    bool newline = false;
    if (text[i] == '\\' && i + 1 < text.size()) {
      if (text[i + 1] == 'u') {
        long high = unicodeEscape(text, i), low = unicodeEscape(text, i + 6);
        width = high >= 0xD800 && high <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF ? 12 : 6;
      } else
        width = 2;
      newline = text[i + 1] == 'n';
    }
    map.back().push_back(column);
    if (newline)
      map.emplace_back();
    // Raw multi-byte UTF-8 is one character in both texts.
    size_t bytes = width;
    if (text[i] != '\\')
      while (i + bytes < text.size() && (static_cast<unsigned char>(text[i + bytes]) & 0xC0) == 0x80)
        ++bytes;
    i += bytes;
    column += static_cast<uint32_t>(width);
  }
  return map;
}

} // namespace

bool readEmbeddedJson(const doc::Document &outer, const doc::Node &string, doc::Document &inner) {
  inner.path = outer.path;
  inner.text = string.value;
  doc::readJson(inner);

  std::vector<std::vector<uint32_t>> map;
  size_t quote = offsetOf(outer.text, string.line, string.column);
  if (string.quoted && quote < outer.text.size() && outer.text[quote] == '"')
    map = columnMap(outer.text, quote, string.column);
  auto move = [&](uint32_t &line, uint32_t &column) {
    uint32_t outerColumn = string.column;
    if (line >= 1 && line <= map.size() && column >= 1 && column <= map[line - 1].size())
      outerColumn = map[line - 1][column - 1];
    line = string.line;
    column = outerColumn;
  };
  inner.arena.forEach([&](doc::Node &node) { move(node.line, node.column); });
  for (doc::ParseProblem &problem : inner.problems)
    move(problem.line, problem.column);
  return inner.problems.empty() && inner.root;
}

} // namespace tl::awsjson
