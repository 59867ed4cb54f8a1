#pragma once
// Turns byte offsets into 1-based line/column positions without tracking lines in the readers'
// hot loops. Offsets are asked for in (mostly) increasing order, so each call only scans the bytes
// since the previous one and the total cost stays linear in the size of the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tl::doc {

struct TextPoint {
  uint32_t line = 1;
  uint32_t column = 1;
};

/// Columns count characters (UTF-8 continuation bytes are skipped), like libyaml's marks, so
/// positions from the YAML and the JSON reader agree. `\n`, `\r\n` and a lone `\r` end a line.
class TextPosition {
public:
  /// `start` is where column 1 of line 1 is (after a byte order mark).
  explicit TextPosition(std::string_view text, size_t start = 0) : text_(text), start_(start), offset_(start) {}

  TextPoint at(size_t offset) {
    if (offset > text_.size())
      offset = text_.size();
    if (offset < offset_) {
      offset_ = start_;
      point_ = {};
    }
    for (; offset_ < offset; ++offset_) {
      const auto c = static_cast<unsigned char>(text_[offset_]);
      if (c == '\n' || (c == '\r' && (offset_ + 1 == text_.size() || text_[offset_ + 1] != '\n'))) {
        ++point_.line;
        point_.column = 1;
      } else if (c != '\r' && (c & 0xC0) != 0x80) {
        ++point_.column;
      }
    }
    return point_;
  }

private:
  std::string_view text_;
  size_t start_;
  size_t offset_;
  TextPoint point_;
};

} // namespace tl::doc
