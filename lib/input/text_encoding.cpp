#include "input/text_encoding.h"

#include <algorithm>
#include <cstdint>

namespace tl::input {
namespace {

unsigned char byteAt(std::string_view text, size_t i) {
  return i < text.size() ? static_cast<unsigned char>(text[i]) : 0xFF;
}

// The code unit at `index` (not byte offset) of a text in encoding `e`.
uint32_t unitAt(std::string_view text, size_t index, const WideEncoding &e) {
  uint32_t unit = 0;
  for (unsigned k = 0; k < e.width; ++k) {
    const unsigned shift = 8 * (e.bigEndian ? e.width - 1 - k : k);
    unit |= static_cast<uint32_t>(static_cast<unsigned char>(text[index * e.width + k])) << shift;
  }
  return unit;
}

bool isTextCharacter(uint32_t unit) {
  return (unit >= 0x20 && unit < 0x7F) || unit == '\t' || unit == '\n' || unit == '\r';
}

// The first code units (up to 16) are all printable ASCII or line breaks in encoding `e`.
bool startsWithText(std::string_view text, const WideEncoding &e) {
  const size_t units = std::min<size_t>(16, text.size() / e.width);
  if (units == 0)
    return false;
  for (size_t i = 0; i < units; ++i)
    if (!isTextCharacter(unitAt(text, i, e)))
      return false;
  return true;
}

// The BOM's bytes as the message shows them.
std::string_view byteOrderMarkBytes(const WideEncoding &e) {
  if (e.width == 4)
    return e.bigEndian ? "00 00 FE FF" : "FF FE 00 00";
  return e.bigEndian ? "FE FF" : "FF FE";
}

} // namespace

std::optional<WideEncoding> detectWideEncoding(std::string_view text) {
  const unsigned char b0 = byteAt(text, 0), b1 = byteAt(text, 1), b2 = byteAt(text, 2), b3 = byteAt(text, 3);
  // UTF-32LE's BOM starts with UTF-16LE's, so the longer patterns go first.
  if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
    return WideEncoding{"UTF-32BE", 4, true, true};
  if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)
    return WideEncoding{"UTF-32LE", 4, false, true};
  if (b0 == 0xFE && b1 == 0xFF)
    return WideEncoding{"UTF-16BE", 2, true, true};
  if (b0 == 0xFF && b1 == 0xFE)
    return WideEncoding{"UTF-16LE", 2, false, true};
  // Without a BOM, binary content can start with the same NUL pattern; text starts with text.
  for (const WideEncoding &e : {WideEncoding{"UTF-32BE", 4, true, false}, WideEncoding{"UTF-32LE", 4, false, false},
                                WideEncoding{"UTF-16BE", 2, true, false}, WideEncoding{"UTF-16LE", 2, false, false}})
    if (startsWithText(text, e))
      return e;
  return std::nullopt;
}

std::string asciiOf(std::string_view text, const WideEncoding &encoding) {
  std::string out;
  const size_t units = text.size() / encoding.width;
  out.reserve(units);
  for (size_t i = encoding.byteOrderMark ? 1 : 0; i < units; ++i) {
    const uint32_t unit = unitAt(text, i, encoding);
    out += unit < 0x80 ? static_cast<char>(unit) : '?';
  }
  return out;
}

std::string unsupportedEncodingMessage(const WideEncoding &encoding) {
  std::string how = encoding.byteOrderMark ? "byte order mark " + std::string(byteOrderMarkBytes(encoding))
                                           : "no byte order mark, told by its NUL bytes";
  return std::string(encoding.name) + " text (" + how + "): only UTF-8 is supported; save the file as UTF-8";
}

} // namespace tl::input
