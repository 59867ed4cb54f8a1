#include "hcl/parser.h"

#include "source/utf8.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace tl::hcl {

const std::string *literalValue(const Expression &e) {
  switch (e.kind) {
  case Expression::Kind::String:
  case Expression::Kind::Number:
  case Expression::Kind::Bool:
    return &e.text;
  default:
    return nullptr;
  }
}

namespace {

// Deeper than any configuration nests; the limit keeps hostile input from exhausting the stack.
constexpr int kMaxDepth = 160;
// A broken file can produce a problem per line; the first ones say what is wrong.
constexpr size_t kMaxProblems = 50;

bool isIdStart(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}
bool isIdChar(char c) { return isIdStart(c) || (c >= '0' && c <= '9') || c == '-'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

ExpressionPtr make(Expression::Kind kind, size_t offset) {
  auto e = std::make_unique<Expression>();
  e->kind = kind;
  e->offset = static_cast<uint32_t>(offset);
  return e;
}

class Parser {
public:
  explicit Parser(std::string_view text) : s_(text) {
    if (s_.starts_with("\xEF\xBB\xBF"))
      pos_ = 3;
  }

  File run() {
    File f;
    f.body = body(false);
    f.problems = std::move(problems_);
    return f;
  }

private:
  // ---- characters --------------------------------------------------------------------------

  bool atEnd() const { return pos_ >= s_.size(); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }
  bool startsWith(std::string_view what) const { return s_.substr(pos_).starts_with(what); }

  void problem(size_t at, std::string message) {
    if (problems_.size() < kMaxProblems)
      problems_.push_back({static_cast<uint32_t>(std::min(at, s_.size())), std::move(message)});
  }

  // What the character at `at` is, for messages: printable ASCII quoted, anything else named.
  std::string describe(size_t at) const {
    if (at >= s_.size())
      return "the end of the file";
    const char c = s_[at];
    if (c == '\n')
      return "the end of the line";
    if (c >= 0x21 && c <= 0x7e)
      return std::string("'") + c + "'";
    return "an unexpected character";
  }

  // Skips blanks and comments (`#`, `//`, `/* */`); newlines too inside brackets, where they
  // do not end anything.
  void skip(bool newlines) {
    while (!atEnd()) {
      const char c = peek();
      if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else if (c == '\n') {
        if (!newlines)
          return;
        ++pos_;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        while (!atEnd() && peek() != '\n')
          ++pos_;
      } else if (c == '/' && peek(1) == '*') {
        const size_t close = s_.find("*/", pos_ + 2);
        if (close == std::string_view::npos) {
          problem(pos_, "a /* comment is not closed");
          pos_ = s_.size();
        } else {
          pos_ = close + 2;
        }
      } else {
        return;
      }
    }
  }
  void ws() { skip(nest_ > 0); }

  // Skips the rest of the line (after an error at the top level of a body).
  void skipLine() {
    while (!atEnd() && peek() != '\n')
      ++pos_;
  }

  // Skips to just past the bracket that closes the one already opened, over nested brackets and
  // quoted strings; stops at the end of the file.
  void skipToClose(char close) {
    std::string stack(1, close);
    while (!atEnd() && !stack.empty()) {
      const char c = peek();
      if (c == '"') {
        ++pos_;
        while (!atEnd() && peek() != '"' && peek() != '\n')
          pos_ = std::min(pos_ + (peek() == '\\' ? 2 : 1), s_.size());
        if (peek() == '"')
          ++pos_;
        continue;
      }
      if (c == '(' || c == '[' || c == '{')
        stack.push_back(c == '(' ? ')' : c == '[' ? ']' : '}');
      else if (c == stack.back())
        stack.pop_back();
      ++pos_;
    }
  }

  std::string identifier() {
    const size_t start = pos_;
    while (!atEnd() && isIdChar(peek()))
      ++pos_;
    return std::string(s_.substr(start, pos_ - start));
  }

  // `word` as a whole identifier at the current position.
  bool atKeyword(std::string_view word) const { return startsWith(word) && !isIdChar(peek(word.size())); }

  bool expect(char c, std::string_view where) {
    ws();
    if (peek() == c) {
      ++pos_;
      return true;
    }
    problem(pos_, std::string("expected '") + c + "' " + std::string(where) + ", found " + describe(pos_));
    return false;
  }

  // ---- bodies ------------------------------------------------------------------------------

  // After an attribute or a block: the line must end (or the enclosing block close).
  void endOfItem(std::string_view what) {
    skip(false);
    if (atEnd() || peek() == '}')
      return;
    if (peek() == '\n') {
      ++pos_;
      return;
    }
    problem(pos_, "unexpected " + describe(pos_) + " after " + std::string(what) + "; put each item on its own line");
    skipLine();
  }

  Body body(bool inBlock) {
    Body b;
    while (true) {
      skip(true);
      if (atEnd()) {
        if (inBlock)
          problem(pos_, "a block is not closed: '}' is missing");
        return b;
      }
      if (peek() == '}') {
        if (inBlock)
          return b;
        problem(pos_, "unexpected '}' with no block to close");
        ++pos_;
        continue;
      }
      const size_t nameAt = pos_;
      std::string name;
      if (peek() == '"') {
        // Terraform 0.11 (HCL 1) also wrote attribute names quoted: `"authenticated" = ...`.
        ExpressionPtr quotedName = quoted();
        skip(false);
        if (quotedName->kind != Expression::Kind::String || peek() != '=' || peek(1) == '=') {
          problem(nameAt, "expected an attribute name or a block type, found '\"'");
          skipLine();
          continue;
        }
        name = std::move(quotedName->text);
      } else if (isIdStart(peek())) {
        name = identifier();
      } else {
        problem(pos_, "expected an attribute name or a block type, found " + describe(pos_));
        skipLine();
        continue;
      }
      skip(false);
      if (peek() == '=' && peek(1) != '=') {
        ++pos_;
        Attribute a;
        a.name = std::move(name);
        a.offset = static_cast<uint32_t>(nameAt);
        nest_ = 0;
        a.value = expression();
        endOfItem("attribute " + a.name);
        b.attributes.push_back(std::move(a));
        continue;
      }
      Block block;
      block.type = std::move(name);
      block.offset = static_cast<uint32_t>(nameAt);
      if (!blockLabels(block))
        continue;
      block.openBrace = static_cast<uint32_t>(pos_);
      ++pos_;
      if (++depth_ > kMaxDepth) {
        problem(nameAt, "blocks are nested too deeply");
        skipToClose('}');
        --depth_;
        continue;
      }
      block.body = body(true);
      --depth_;
      if (peek() == '}')
        ++pos_;
      endOfItem("block " + block.type);
      b.blocks.push_back(std::move(block));
    }
  }

  // `"label"` or `label` words up to the `{`; false (the line skipped) when something else follows.
  bool blockLabels(Block &block) {
    while (true) {
      skip(false);
      if (peek() == '{')
        return true;
      const size_t at = pos_;
      if (peek() == '"') {
        ExpressionPtr label = quoted();
        if (label->kind != Expression::Kind::String)
          problem(at, "a block label cannot hold an interpolation");
        block.labels.push_back(label->kind == Expression::Kind::String ? label->text : std::string());
        block.labelOffsets.push_back(static_cast<uint32_t>(at));
      } else if (isIdStart(peek())) {
        block.labels.push_back(identifier());
        block.labelOffsets.push_back(static_cast<uint32_t>(at));
      } else {
        problem(pos_, "expected '=' or '{' after " + block.type + ", found " + describe(pos_));
        skipLine();
        return false;
      }
    }
  }

  // ---- expressions -------------------------------------------------------------------------

  ExpressionPtr invalid(size_t at) {
    auto e = make(Expression::Kind::Invalid, at);
    e->end = static_cast<uint32_t>(pos_);
    return e;
  }

  ExpressionPtr expression() {
    if (++depth_ > kMaxDepth) {
      problem(pos_, "the expression is nested too deeply");
      --depth_;
      return invalid(pos_);
    }
    ExpressionPtr e = conditional();
    --depth_;
    return e;
  }

  ExpressionPtr conditional() {
    ExpressionPtr condition = binary(0);
    ws();
    if (peek() != '?')
      return condition;
    ++pos_;
    auto e = make(Expression::Kind::Conditional, condition->offset);
    e->operands.push_back(std::move(condition));
    e->operands.push_back(expression());
    expect(':', "in a conditional expression");
    e->operands.push_back(expression());
    e->end = e->operands.back()->end;
    return e;
  }

  // The binary operator of precedence `level` (0 loosest) at the current position, or "".
  std::string_view binaryOperator(int level) const {
    const char c = peek(), n = peek(1);
    switch (level) {
    case 0:
      return c == '|' && n == '|' ? "||" : "";
    case 1:
      return c == '&' && n == '&' ? "&&" : "";
    case 2:
      return c == '=' && n == '=' ? "==" : c == '!' && n == '=' ? "!=" : "";
    case 3:
      if (c == '<' && n == '=')
        return "<=";
      if (c == '>' && n == '=')
        return ">=";
      if (c == '<' && n != '<')
        return "<";
      return c == '>' ? ">" : "";
    case 4:
      return c == '+' ? "+" : c == '-' ? "-" : "";
    case 5:
      return c == '*' ? "*" : c == '/' ? "/" : c == '%' ? "%" : "";
    }
    return "";
  }

  ExpressionPtr binary(int level) {
    if (level > 5)
      return unary();
    ExpressionPtr left = binary(level + 1);
    while (true) {
      ws();
      const std::string_view op = binaryOperator(level);
      if (op.empty())
        return left;
      pos_ += op.size();
      // The operation spans its operands, not the blanks around them.
      auto e = make(Expression::Kind::Operation, left->offset);
      e->text = std::string(op);
      e->operands.push_back(std::move(left));
      e->operands.push_back(binary(level + 1));
      e->end = e->operands.back()->end;
      left = std::move(e);
    }
  }

  ExpressionPtr unary() {
    ws();
    const size_t start = pos_;
    if ((peek() == '!' && peek(1) != '=') || peek() == '-') {
      auto e = make(Expression::Kind::Operation, start);
      e->text = std::string(1, peek());
      ++pos_;
      if (++depth_ > kMaxDepth) {
        problem(start, "the expression is nested too deeply");
        --depth_;
        return invalid(start);
      }
      e->operands.push_back(unary());
      --depth_;
      e->end = static_cast<uint32_t>(pos_);
      // `-1` is a number (reserved_concurrent_executions = -1), not an operation on one.
      if (e->text == "-" && e->operands.front()->kind == Expression::Kind::Number) {
        ExpressionPtr number = std::move(e->operands.front());
        number->text.insert(0, "-");
        number->offset = static_cast<uint32_t>(start);
        return number;
      }
      return e;
    }
    return postfix(primary());
  }

  // Attribute and index steps, splats; a base that is not a name becomes the operand of a
  // traversal with no root.
  ExpressionPtr postfix(ExpressionPtr base) {
    while (true) {
      const size_t at = pos_;
      TraversalStep step;
      step.offset = static_cast<uint32_t>(at);
      if (peek() == '.' && peek(1) == '*') {
        step.kind = TraversalStep::Kind::Splat;
        pos_ += 2;
      } else if (peek() == '.' && isIdStart(peek(1))) {
        ++pos_;
        step.key = identifier();
      } else if (peek() == '.' && isDigit(peek(1))) {
        ++pos_;
        while (isDigit(peek()))
          step.key += s_[pos_++];
      } else if (peek() == '[' && peek(1) == '*' && peek(2) == ']') {
        step.kind = TraversalStep::Kind::Splat;
        pos_ += 3;
      } else if (peek() == '[') {
        ++pos_;
        ++nest_;
        ExpressionPtr index = expression();
        expect(']', "to close the index");
        --nest_;
        const std::string *literal = literalValue(*index);
        step.kind = literal ? TraversalStep::Kind::Index : TraversalStep::Kind::DynamicIndex;
        if (literal)
          step.key = *literal;
      } else {
        return base;
      }
      if (base->kind != Expression::Kind::Traversal) {
        auto wrapper = make(Expression::Kind::Traversal, base->offset);
        wrapper->operands.push_back(std::move(base));
        base = std::move(wrapper);
      }
      base->steps.push_back(std::move(step));
      base->end = static_cast<uint32_t>(pos_);
    }
  }

  ExpressionPtr primary() {
    ws();
    const size_t start = pos_;
    const char c = peek();
    if (isDigit(c))
      return number();
    if (c == '"')
      return quoted();
    if (c == '<' && peek(1) == '<')
      return heredoc();
    if (c == '(') {
      ++pos_;
      ++nest_;
      auto e = make(Expression::Kind::Parenthesized, start);
      e->operands.push_back(expression());
      expect(')', "to close the parenthesis");
      --nest_;
      e->end = static_cast<uint32_t>(pos_);
      return e;
    }
    if (c == '[')
      return tuple();
    if (c == '{')
      return object();
    if (isIdStart(c)) {
      std::string name = identifier();
      // Provider-defined functions: provider::aws::arn_parse(...).
      while (peek() == ':' && peek(1) == ':' && isIdStart(peek(2))) {
        pos_ += 2;
        name += "::" + identifier();
      }
      if (name == "true" || name == "false") {
        auto e = make(Expression::Kind::Bool, start);
        e->text = std::move(name);
        e->end = static_cast<uint32_t>(pos_);
        return e;
      }
      if (name == "null") {
        auto e = make(Expression::Kind::Null, start);
        e->end = static_cast<uint32_t>(pos_);
        return e;
      }
      if (peek() == '(')
        return call(std::move(name), start);
      auto e = make(Expression::Kind::Traversal, start);
      e->root = std::move(name);
      e->end = static_cast<uint32_t>(pos_);
      return e;
    }
    problem(pos_, "expected an expression, found " + describe(pos_));
    return invalid(start);
  }

  ExpressionPtr number() {
    const size_t start = pos_;
    while (isDigit(peek()))
      ++pos_;
    if (peek() == '.' && isDigit(peek(1))) {
      ++pos_;
      while (isDigit(peek()))
        ++pos_;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
      pos_ += 2;
      while (isDigit(peek()))
        ++pos_;
    }
    auto e = make(Expression::Kind::Number, start);
    e->text = std::string(s_.substr(start, pos_ - start));
    e->end = static_cast<uint32_t>(pos_);
    return e;
  }

  ExpressionPtr call(std::string name, size_t start) {
    auto e = make(Expression::Kind::Call, start);
    e->root = std::move(name);
    ++pos_; // (
    ++nest_;
    ws();
    items(*e, ')', "the arguments of " + e->root, true);
    return e;
  }

  // Comma-separated operands of `e` up to `close` (the opening bracket is read, nest_ raised):
  // a call's arguments (whose last may be expanded with `...`) or a tuple's items. A stray token
  // is a problem and the rest up to the bracket is skipped.
  void items(Expression &e, char close, const std::string &what, bool expandable) {
    while (peek() != close) {
      e.operands.push_back(expression());
      ws();
      if (expandable && startsWith("...")) {
        pos_ += 3;
        e.expandFinal = true;
        ws();
      }
      if (peek() == ',') {
        ++pos_;
        ws();
        continue;
      }
      if (peek() != close) {
        problem(pos_, std::string("expected ',' or '") + close + "' in " + what + ", found " + describe(pos_));
        skipToClose(close);
        --nest_;
        e.end = static_cast<uint32_t>(pos_);
        return;
      }
    }
    ++pos_;
    --nest_;
    e.end = static_cast<uint32_t>(pos_);
  }

  ExpressionPtr tuple() {
    const size_t start = pos_;
    ++pos_; // [
    ++nest_;
    ws();
    if (atKeyword("for"))
      return forExpression(start, ']');
    auto e = make(Expression::Kind::Tuple, start);
    items(*e, ']', "a list", false);
    return e;
  }

  ExpressionPtr object() {
    const size_t start = pos_;
    ++pos_; // {
    ++nest_;
    ws();
    if (atKeyword("for"))
      return forExpression(start, '}');
    auto e = make(Expression::Kind::Object, start);
    while (peek() != '}') {
      if (atEnd()) {
        problem(start, "an object is not closed: '}' is missing");
        break;
      }
      ExpressionPtr key = expression();
      ws();
      if (peek() != '=' && peek() != ':') {
        problem(pos_, "expected '=' or ':' after an object key, found " + describe(pos_));
        skipToClose('}');
        --nest_;
        e->end = static_cast<uint32_t>(pos_);
        return e;
      }
      ++pos_;
      e->keys.push_back(std::move(key));
      e->operands.push_back(expression());
      ws();
      if (peek() == ',')
        ++pos_;
      ws();
    }
    if (peek() == '}')
      ++pos_;
    --nest_;
    e->end = static_cast<uint32_t>(pos_);
    return e;
  }

  // `[for k, v in coll : result if cond]` or `{for k, v in coll : key => value... if cond}`;
  // the opening bracket is consumed and nest_ raised.
  ExpressionPtr forExpression(size_t start, char close) {
    auto e = make(Expression::Kind::For, start);
    pos_ += 3; // for
    ws();
    identifier();
    ws();
    if (peek() == ',') {
      ++pos_;
      ws();
      identifier();
      ws();
    }
    if (!atKeyword("in")) {
      problem(pos_, "expected 'in' in a for expression, found " + describe(pos_));
      skipToClose(close);
      --nest_;
      e->end = static_cast<uint32_t>(pos_);
      return e;
    }
    pos_ += 2;
    e->operands.push_back(expression());
    if (!expect(':', "in a for expression")) {
      skipToClose(close);
      --nest_;
      e->end = static_cast<uint32_t>(pos_);
      return e;
    }
    e->operands.push_back(expression());
    ws();
    if (close == '}' && peek() == '=' && peek(1) == '>') {
      pos_ += 2;
      e->operands.push_back(expression());
      ws();
      if (startsWith("...")) {
        pos_ += 3;
        ws();
      }
    }
    if (atKeyword("if")) {
      pos_ += 2;
      e->operands.push_back(expression());
      ws();
    }
    if (peek() == close)
      ++pos_;
    else {
      problem(pos_, std::string("expected '") + close + "' to close the for expression, found " + describe(pos_));
      skipToClose(close);
    }
    --nest_;
    e->end = static_cast<uint32_t>(pos_);
    return e;
  }

  // ---- templates ---------------------------------------------------------------------------

  // Reads template parts up to `end` (a heredoc's content) or to the closing quote (`quoted`).
  void templateParts(size_t end, bool quotedString, std::vector<TemplatePart> &parts) {
    TemplatePart text;
    text.offset = static_cast<uint32_t>(pos_);
    auto flush = [&] {
      if (!text.text.empty())
        parts.push_back(std::move(text));
      text = TemplatePart{};
      text.offset = static_cast<uint32_t>(pos_);
    };
    while (pos_ < end) {
      const char c = peek();
      if (quotedString && (c == '"' || c == '\n'))
        break;
      if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') { // $${ and %%{ are literal
        text.text += c;
        text.text += '{';
        pos_ += 3;
      } else if (c == '$' && peek(1) == '{') {
        flush();
        interpolation(parts);
        text.offset = static_cast<uint32_t>(pos_);
      } else if (c == '%' && peek(1) == '{') {
        flush();
        TemplatePart directive;
        directive.kind = TemplatePart::Kind::Directive;
        directive.offset = static_cast<uint32_t>(pos_);
        pos_ += 2;
        skipToClose('}');
        parts.push_back(std::move(directive));
        text.offset = static_cast<uint32_t>(pos_);
      } else if (quotedString && c == '\\') {
        escape(text.text);
      } else {
        text.text += c;
        ++pos_;
      }
    }
    flush();
  }

  void interpolation(std::vector<TemplatePart> &parts) {
    TemplatePart part;
    part.kind = TemplatePart::Kind::Interpolation;
    part.offset = static_cast<uint32_t>(pos_);
    pos_ += 2;
    if (peek() == '~')
      ++pos_;
    const int savedNest = nest_;
    nest_ = 1;
    part.expression = expression();
    ws();
    if (peek() == '~')
      ++pos_;
    if (peek() == '}')
      ++pos_;
    else {
      problem(pos_, "expected '}' to close the interpolation, found " + describe(pos_));
      skipToClose('}');
    }
    nest_ = savedNest;
    parts.push_back(std::move(part));
  }

  void escape(std::string &out) {
    const size_t at = pos_;
    const char n = peek(1);
    if (pos_ + 1 >= s_.size()) {
      problem(at, "a string ends with a lone backslash");
      pos_ = s_.size();
      return;
    }
    pos_ += 2;
    switch (n) {
    case 'n':
      out += '\n';
      return;
    case 'r':
      out += '\r';
      return;
    case 't':
      out += '\t';
      return;
    case '"':
    case '\\':
      out += n;
      return;
    case 'u':
    case 'U': {
      const size_t digits = n == 'u' ? 4 : 8;
      uint32_t code = 0;
      for (size_t i = 0; i < digits; ++i) {
        const char h = peek();
        const int v = isDigit(h)               ? h - '0'
                      : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                      : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                               : -1;
        if (v < 0) {
          problem(at, "a \\" + std::string(1, n) + " escape needs " + std::to_string(digits) + " hex digits");
          return;
        }
        code = code * 16 + static_cast<uint32_t>(v);
        ++pos_;
      }
      appendUtf8(out, code);
      return;
    }
    default:
      problem(at, "unknown escape sequence in a string");
      out += n;
    }
  }

  // An escape that names no character (a surrogate, beyond U+10FFFF) reads as U+FFFD.
  static void appendUtf8(std::string &out, uint32_t code) {
    tl::appendUtf8(out, code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ? 0xFFFD : code);
  }

  // Parts that are all text make a String; anything else a Template.
  ExpressionPtr templateExpression(size_t start, std::vector<TemplatePart> parts) {
    const bool plain = std::all_of(parts.begin(), parts.end(),
                                   [](const TemplatePart &p) { return p.kind == TemplatePart::Kind::Text; });
    auto e = make(plain ? Expression::Kind::String : Expression::Kind::Template, start);
    if (plain)
      for (const TemplatePart &p : parts)
        e->text += p.text;
    else
      e->parts = std::move(parts);
    e->end = static_cast<uint32_t>(pos_);
    return e;
  }

  ExpressionPtr quoted() {
    const size_t start = pos_;
    ++pos_;
    std::vector<TemplatePart> parts;
    const int savedNest = nest_;
    templateParts(s_.size(), true, parts);
    nest_ = savedNest;
    if (peek() == '"')
      ++pos_;
    else
      problem(start, "a quoted string is not closed on its line");
    return templateExpression(start, std::move(parts));
  }

  // `<<EOT` / `<<-EOT` up to a line holding only EOT (indented for `<<-`).
  ExpressionPtr heredoc() {
    const size_t start = pos_;
    pos_ += 2;
    const bool indented = peek() == '-';
    if (indented)
      ++pos_;
    const std::string marker = identifier();
    skip(false);
    if (marker.empty() || peek() != '\n') {
      problem(start, "a heredoc starts with <<NAME or <<-NAME and a line break");
      skipLine();
      return invalid(start);
    }
    ++pos_;
    const size_t contentStart = pos_;
    size_t contentEnd = std::string_view::npos, after = s_.size();
    for (size_t line = pos_; line < s_.size();) {
      size_t eol = s_.find('\n', line);
      if (eol == std::string_view::npos)
        eol = s_.size();
      std::string_view text = s_.substr(line, eol - line);
      if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
      const size_t lead = text.find_first_not_of(" \t");
      if (lead != std::string_view::npos && text.substr(lead) == marker) {
        contentEnd = line;
        after = line + lead + marker.size();
        break;
      }
      line = eol + 1;
    }
    if (contentEnd == std::string_view::npos) {
      problem(start, "heredoc " + marker + " is not closed: no line holds only " + marker);
      contentEnd = s_.size();
    }
    std::vector<TemplatePart> parts;
    const int savedNest = nest_;
    templateParts(contentEnd, false, parts);
    nest_ = savedNest;
    if (indented)
      stripIndent(parts, contentStart == contentEnd);
    pos_ = after;
    return templateExpression(start, std::move(parts));
  }

  // `<<-`: the smallest indentation of the content's lines is removed from each of them.
  static void stripIndent(std::vector<TemplatePart> &parts, bool empty) {
    if (empty)
      return;
    size_t indent = std::string::npos;
    bool lineStart = true;
    for (const TemplatePart &p : parts) {
      if (p.kind != TemplatePart::Kind::Text) {
        if (lineStart)
          indent = 0;
        lineStart = false;
        continue;
      }
      for (size_t i = 0; i < p.text.size(); ++i) {
        if (lineStart && p.text[i] != '\n') {
          size_t n = 0;
          while (i + n < p.text.size() && (p.text[i + n] == ' ' || p.text[i + n] == '\t'))
            ++n;
          if (i + n < p.text.size() && p.text[i + n] != '\n')
            indent = std::min(indent, n);
          i += n;
          lineStart = false;
        }
        if (i < p.text.size() && p.text[i] == '\n')
          lineStart = true;
      }
    }
    if (indent == 0 || indent == std::string::npos)
      return;
    lineStart = true;
    for (TemplatePart &p : parts) {
      if (p.kind != TemplatePart::Kind::Text) {
        lineStart = false;
        continue;
      }
      std::string out;
      for (size_t i = 0; i < p.text.size(); ++i) {
        if (lineStart) {
          size_t n = 0;
          while (n < indent && i + n < p.text.size() && (p.text[i + n] == ' ' || p.text[i + n] == '\t'))
            ++n;
          i += n;
          lineStart = false;
          if (i >= p.text.size())
            break;
        }
        out += p.text[i];
        if (p.text[i] == '\n')
          lineStart = true;
      }
      p.text = std::move(out);
    }
  }

  std::string_view s_;
  size_t pos_ = 0;
  int depth_ = 0;
  int nest_ = 0; // brackets open in the current expression: newlines inside them do not end it
  std::vector<SyntaxProblem> problems_;
};

} // namespace

File parse(std::string_view text) { return Parser(text).run(); }

} // namespace tl::hcl
