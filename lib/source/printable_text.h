#pragma once
// Template values and file names come from pull requests. Printed raw, an ESC sequence recolours
// or erases a line, a CR or LF starts a fake finding, and a bidi override shows text in another
// order than it is read; a long pool name makes a table line megabytes wide. Every reporter that
// prints such text for people (text output, the audit table, workflow commands, JUnit) passes it
// through here first, and so do the messages triggerlint and `triggerlint collect` write on their
// own (AWS CLI answers, config and baseline errors), which lie below the reporters.
#include <cstddef>
#include <string>
#include <string_view>

namespace tl {

/// `text` with whatever could act on a terminal, a log viewer or an XML parser written as a
/// visible escape: `\n`, `\r`, `\t`, `\xNN` for other control characters (C0, DEL) and for bytes
/// that are not UTF-8, `\u{NNNN}` for C1 controls, bidirectional controls, line and paragraph
/// separators and the noncharacters U+FFFE/U+FFFF. Other UTF-8 is kept as it is; so is '\'.
std::string printable(std::string_view text);

/// printable(text) cut to at most `maxChars` characters, the last of which is "…" when it was cut.
std::string printableCell(std::string_view text, size_t maxChars);

/// Characters (code points) in well-formed UTF-8 `text`, as printable() returns it.
size_t characterCount(std::string_view text);

} // namespace tl
