#pragma once
// Tells UTF-16 and UTF-32 text apart from binary content. Both readers take UTF-8 only, and a
// file saved by an editor or a shell as UTF-16 (PowerShell 5's `>` writes UTF-16LE) is full of
// NUL bytes: it deserves a message that names its encoding, not "binary content".
#include <optional>
#include <string>
#include <string_view>

namespace tl::input {

/// A wide Unicode encoding a text is written in.
struct WideEncoding {
  std::string_view name; // "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
  unsigned width = 2;    // bytes per code unit
  bool bigEndian = false;
  bool byteOrderMark = false; // told by its BOM; otherwise by the NUL bytes of its first characters
};

/// The wide encoding of `text`, told by its byte order mark or, without one, by the NUL bytes
/// around its first characters when these are printable ASCII (the YAML 1.2 spec, §5.2, detects
/// encodings by such NUL patterns); nullopt for anything else, UTF-8 included.
std::optional<WideEncoding> detectWideEncoding(std::string_view text);

/// The text's ASCII characters with every other character as '?', enough to look for the keys
/// that mark a template or a dump.
std::string asciiOf(std::string_view text, const WideEncoding &encoding);

/// "UTF-16LE text (byte order mark FF FE): ...": what the loaders report for such a file.
std::string unsupportedEncodingMessage(const WideEncoding &encoding);

} // namespace tl::input
