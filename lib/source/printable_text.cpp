#include "source/printable_text.h"

#include "source/utf8.h"

#include <cstdint>
#include <cstdio>

namespace tl {
namespace {

uint32_t decode(const unsigned char *p, size_t length) {
  if (length == 2)
    return (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
  if (length == 3)
    return (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
  return (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
}

// Well-formed characters that still act instead of showing: C1 controls (U+009B is CSI on some
// terminals), marks and overrides that reorder what is shown (CVE-2021-42574), separators that
// viewers break lines at, and noncharacters XML 1.0 does not allow.
bool actsOnOutput(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0xFFFE || cp == 0xFFFF;
}

void appendByteEscape(std::string &out, unsigned char c) {
  switch (c) {
  case '\n': out += "\\n"; return;
  case '\r': out += "\\r"; return;
  case '\t': out += "\\t"; return;
  default: break;
  }
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
  out += buffer;
}

} // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  const auto *end = p + text.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F)
        appendByteEscape(out, c);
      else
        out += static_cast<char>(c);
      ++p;
      continue;
    }
    const size_t length = utf8Length(p, end);
    if (length == 0) {
      appendByteEscape(out, c); // one byte at a time: the next may start a good sequence
      ++p;
      continue;
    }
    if (const uint32_t cp = decode(p, length); actsOnOutput(cp)) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "\\u{%04x}", static_cast<unsigned>(cp));
      out += buffer;
    } else {
      out.append(reinterpret_cast<const char *>(p), length);
    }
    p += length;
  }
  return out;
}

size_t characterCount(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string printableCell(std::string_view text, size_t maxChars) {
  // Only the start can be shown: escaping all of a megabyte-long value to keep a few dozen
  // characters would cost as much as printing it. An input character is at most 4 bytes and
  // shows as at least one character, so this window holds more than maxChars of them whenever
  // the text goes on beyond it.
  const size_t window = maxChars * 4 + 4;
  std::string shown = printable(text.substr(0, window));
  if (text.size() <= window && characterCount(shown) <= maxChars)
    return shown;
  size_t kept = 0, at = 0; // cut after maxChars - 1 characters, never inside a UTF-8 sequence
  while (at < shown.size() && kept + 1 < maxChars) {
    ++at;
    while (at < shown.size() && (static_cast<unsigned char>(shown[at]) & 0xC0) == 0x80)
      ++at;
    ++kept;
  }
  return shown.substr(0, at) + "\u2026";
}

} // namespace tl
