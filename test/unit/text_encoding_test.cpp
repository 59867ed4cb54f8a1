#include "input/text_encoding.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace std::string_literals;
using tl::input::asciiOf;
using tl::input::detectWideEncoding;
using tl::input::WideEncoding;

// `ascii` in a wide encoding: each character padded with NUL bytes on the side the encoding says.
std::string widen(std::string_view ascii, unsigned width, bool bigEndian) {
  std::string out;
  for (char c : ascii) {
    std::string unit(width, '\0');
    unit[bigEndian ? width - 1 : 0] = c;
    out += unit;
  }
  return out;
}

std::string nameOf(std::string_view text) {
  auto e = detectWideEncoding(text);
  return e ? std::string(e->name) + (e->byteOrderMark ? " BOM" : "") : "none";
}

TEST(TextEncoding, ByteOrderMarks) {
  EXPECT_EQ(nameOf("\xFF\xFE"s + widen("a: 1\n", 2, false)), "UTF-16LE BOM");
  EXPECT_EQ(nameOf("\xFE\xFF"s + widen("a: 1\n", 2, true)), "UTF-16BE BOM");
  EXPECT_EQ(nameOf("\xFF\xFE\0\0"s + widen("a: 1\n", 4, false)), "UTF-32LE BOM");
  EXPECT_EQ(nameOf("\0\0\xFE\xFF"s + widen("a: 1\n", 4, true)), "UTF-32BE BOM");
}

TEST(TextEncoding, WithoutByteOrderMarkTheNulPatternOfTextDecides) {
  EXPECT_EQ(nameOf(widen("Resources:\n", 2, false)), "UTF-16LE");
  EXPECT_EQ(nameOf(widen("{\"a\": 1}", 2, true)), "UTF-16BE");
  EXPECT_EQ(nameOf(widen("a: 1\n", 4, false)), "UTF-32LE");
  EXPECT_EQ(nameOf(widen("a: 1\n", 4, true)), "UTF-32BE");
}

TEST(TextEncoding, Utf8AndBinaryAreNotWide) {
  EXPECT_EQ(nameOf("a: 1\n"), "none");
  EXPECT_EQ(nameOf("\xEF\xBB\xBF"
                   "a: 1\n"),
            "none");
  EXPECT_EQ(nameOf(""), "none");
  // Binary content may start with a NUL byte too, but not with text between the NULs.
  EXPECT_EQ(nameOf("\0\x01\x02\x03\x04\x05"s), "none");
  EXPECT_EQ(nameOf("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"s),
            "none");
}

TEST(TextEncoding, AsciiOfKeepsTheMarkersReadable) {
  const std::string text = "\xFF\xFE"s + widen("AWSTemplateFormatVersion: x", 2, false) + "\xE9\x00"s;
  auto e = detectWideEncoding(text);
  ASSERT_TRUE(e);
  EXPECT_EQ(asciiOf(text, *e), "AWSTemplateFormatVersion: x?");
  EXPECT_EQ(tl::input::unsupportedEncodingMessage(*e),
            "UTF-16LE text (byte order mark FF FE): only UTF-8 is supported; save the file as UTF-8");
}

} // namespace
