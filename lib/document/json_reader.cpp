// The JSON reader: RFC 8259, strict, with a position for every node. Nesting is kept on the tree
// builder's explicit stack rather than the call stack, so `[[[[...` cannot overflow it.
// Columns count characters, not bytes (see TextPosition).
#include "document/node.h"
#include "document/text_position.h"
#include "document/tree_builder.h"
#include "source/utf8.h"

#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

namespace tl::doc {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// How a character is named in a message: printable ASCII as itself, anything else as a byte.
std::string describe(char c) {
  if (c > ' ' && c < 0x7F)
    return std::string("'") + c + "'";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "byte 0x%02X", static_cast<unsigned char>(c));
  return buffer;
}

class JsonReader {
public:
  JsonReader(Document &doc, const ReadLimits &limits)
      : text_(doc.text), start_(text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0), p_(start_), position_(text_, start_),
        builder_(doc, limits) {}

  void run() {
    parse();
    builder_.finish();
  }

private:
  void parse() {
    skipWhitespace();
    if (atEnd())
      return; // nothing to read: the caller decides what an empty file means
    bool wantValue = true;
    for (;;) {
      if (wantValue) {
        if (!startValue(wantValue))
          return;
        continue;
      }
      skipWhitespace();
      if (!builder_.innermost()) {
        if (!atEnd())
          failHere("unexpected text after the JSON value");
        return;
      }
      if (!continueCollection(wantValue))
        return;
    }
  }

  /// Reads a scalar, or opens a collection (and its first key). `wantValue` stays true when the
  /// next thing to read is a value.
  bool startValue(bool &wantValue) {
    skipWhitespace();
    if (atEnd())
      return failHere("unexpected end of file: expected a value");
    const char c = text_[p_];
    if (c != '{' && c != '[') {
      wantValue = false;
      return readScalar();
    }
    const bool object = c == '{';
    const TextPoint at = here();
    if (!builder_.open(object ? NodeKind::Mapping : NodeKind::Sequence, at.line, at.column))
      return false;
    ++p_;
    skipWhitespace();
    if (!atEnd() && text_[p_] == (object ? '}' : ']')) {
      ++p_;
      builder_.close();
      wantValue = false;
      return true;
    }
    wantValue = true;
    return object ? readKey(true) : true;
  }

  /// After a value inside a collection: a comma and the next element, or the closing bracket.
  bool continueCollection(bool &wantValue) {
    const bool object = builder_.innermost()->isMapping();
    const char closing = object ? '}' : ']';
    const std::string expected = object ? "',' or '}'" : "',' or ']'";
    if (atEnd())
      return failHere("unexpected end of file: expected " + expected);
    const char c = text_[p_];
    if (c == closing) {
      ++p_;
      builder_.close();
      return true;
    }
    if (c != ',')
      return failHere("unexpected " + describe(c) + ": expected " + expected);
    ++p_;
    wantValue = true;
    return object ? readKey(false) : true;
  }

  /// A member name and its colon. Right after `{` the object may still be closed instead.
  bool readKey(bool first) {
    skipWhitespace();
    const char *expected = first ? "a string key or '}'" : "a string key";
    if (atEnd())
      return failHere(std::string("unexpected end of file: expected ") + expected);
    if (text_[p_] != '"')
      return failHere("unexpected " + describe(text_[p_]) + ": expected " + expected);
    if (!readScalar())
      return false;
    skipWhitespace();
    if (atEnd())
      return failHere("unexpected end of file: expected ':'");
    if (text_[p_] != ':')
      return failHere("unexpected " + describe(text_[p_]) + ": expected ':' after the key");
    ++p_;
    return true;
  }

  bool readScalar() {
    const TextPoint at = here();
    const char c = text_[p_];
    Node *node = nullptr;
    if (c == '"') {
      node = builder_.leaf(NodeKind::Scalar, at.line, at.column);
      scratch_.clear();
      if (!node || !readString(scratch_))
        return false;
      node->value = builder_.keepText(scratch_);
      node->quoted = true;
    } else if (c == '-' || isDigit(c)) {
      const size_t start = p_;
      if (!scanNumber())
        return false;
      if (!(node = builder_.leaf(NodeKind::Scalar, at.line, at.column)))
        return false;
      node->value = builder_.keepText(std::string_view(text_).substr(start, p_ - start));
    } else if (const std::string_view word = literalAt(); !word.empty()) {
      if (!(node = builder_.leaf(word == "null" ? NodeKind::Null : NodeKind::Scalar, at.line, at.column)))
        return false;
      node->value = builder_.keepText(word);
      p_ += word.size();
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t end = p_;
      while (end < text_.size() && end - p_ < 20 && std::isalnum(static_cast<unsigned char>(text_[end])))
        ++end;
      return failHere("unexpected word '" + text_.substr(p_, end - p_) + "': expected a value");
    } else {
      return failHere("unexpected " + describe(c) + ": expected a value");
    }
    if (!builder_.checkScalarSize(node->value.size(), at.line, at.column))
      return false;
    builder_.add(node);
    return true;
  }

  std::string_view literalAt() const {
    for (std::string_view word : {"true", "false", "null"})
      if (text_.compare(p_, word.size(), word) == 0)
        return word;
    return {};
  }

  bool scanNumber() {
    const size_t start = p_;
    if (text_[p_] == '-')
      ++p_;
    const size_t integer = p_;
    if (!digits())
      return failAt(start, "invalid number: expected a digit");
    if (text_[integer] == '0' && p_ - integer > 1)
      return failAt(start, "invalid number: leading zero");
    if (!atEnd() && text_[p_] == '.') {
      ++p_;
      if (!digits())
        return failAt(start, "invalid number: expected a digit after '.'");
    }
    if (!atEnd() && (text_[p_] == 'e' || text_[p_] == 'E')) {
      ++p_;
      if (!atEnd() && (text_[p_] == '+' || text_[p_] == '-'))
        ++p_;
      if (!digits())
        return failAt(start, "invalid number: expected a digit in the exponent");
    }
    return true;
  }

  /// Skips a run of digits; false when there is none.
  bool digits() {
    const size_t start = p_;
    while (!atEnd() && isDigit(text_[p_]))
      ++p_;
    return p_ > start;
  }

  bool readString(std::string &out) {
    const auto *data = reinterpret_cast<const unsigned char *>(text_.data());
    const auto *end = data + text_.size();
    size_t segment = ++p_;
    for (;;) {
      if (atEnd())
        return failHere("unexpected end of file: unterminated string");
      const unsigned char c = data[p_];
      if (c == '"') {
        out.append(text_, segment, p_ - segment);
        ++p_;
        return true;
      }
      if (c == '\\') {
        out.append(text_, segment, p_ - segment);
        if (!readEscape(out))
          return false;
        segment = p_;
      } else if (c < 0x20) {
        return failHere("unescaped control character (" + describe(static_cast<char>(c)) + ") in a string");
      } else if (c < 0x80) {
        ++p_;
      } else if (const size_t n = utf8Length(data + p_, end)) {
        p_ += n;
      } else {
        return failHere("invalid UTF-8 in a string (" + describe(static_cast<char>(c)) + ")");
      }
    }
  }

  bool readEscape(std::string &out) {
    const size_t start = p_++;
    if (atEnd())
      return failHere("unexpected end of file: unterminated string");
    const char c = text_[p_++];
    switch (c) {
    case '"':
      out += '"';
      return true;
    case '\\':
      out += '\\';
      return true;
    case '/':
      out += '/';
      return true;
    case 'b':
      out += '\b';
      return true;
    case 'f':
      out += '\f';
      return true;
    case 'n':
      out += '\n';
      return true;
    case 'r':
      out += '\r';
      return true;
    case 't':
      out += '\t';
      return true;
    case 'u':
      break;
    default:
      return failAt(start, "invalid escape '\\" + std::string(1, c) + "' in a string");
    }
    uint32_t cp = 0;
    if (!hex4(cp))
      return failAt(start, "invalid \\u escape: expected four hex digits");
    if (cp >= 0xDC00 && cp <= 0xDFFF)
      return failAt(start, "invalid \\u escape: unpaired UTF-16 surrogate");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t low = 0;
      if (text_.compare(p_, 2, "\\u") != 0)
        return failAt(start, "invalid \\u escape: unpaired UTF-16 surrogate");
      p_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
        return failAt(start, "invalid \\u escape: unpaired UTF-16 surrogate");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(out, cp);
    return true;
  }

  bool hex4(uint32_t &value) {
    if (text_.size() - p_ < 4)
      return false;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[p_++];
      value <<= 4;
      if (isDigit(c))
        value |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        value |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        value |= static_cast<uint32_t>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }

  void skipWhitespace() {
    while (!atEnd() && isWhitespace(text_[p_]))
      ++p_;
  }

  bool atEnd() const { return p_ >= text_.size(); }
  TextPoint here() { return position_.at(p_); }

  bool failAt(size_t offset, std::string message) {
    const TextPoint at = position_.at(offset);
    builder_.fail(at.line, at.column, std::move(message));
    return false;
  }
  bool failHere(std::string message) { return failAt(p_, std::move(message)); }

  const std::string &text_;
  std::string scratch_; // a string being unescaped, before it is kept
  size_t start_;
  size_t p_;
  TextPosition position_;
  TreeBuilder builder_;
};

} // namespace

void readJson(Document &doc, const ReadLimits &limits) { JsonReader(doc, limits).run(); }

} // namespace tl::doc
