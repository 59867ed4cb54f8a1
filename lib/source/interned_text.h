#pragma once
// Text that many facts repeat (file paths, resource types, property paths), stored once per run.
#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace tl {

/// Text interned for the whole process: one pointer wide, copied for free, equal texts are the
/// same pointer. Reads as the `const std::string &` it stands for.
class InternedText {
public:
  InternedText() noexcept : text_(&emptyText()) {}
  InternedText(std::string_view text) : text_(intern(text)) {}
  InternedText(const std::string &text) : InternedText(std::string_view(text)) {}
  InternedText(const char *text) : InternedText(std::string_view(text)) {}

  const std::string &str() const noexcept { return *text_; }
  operator const std::string &() const noexcept { return *text_; }
  operator std::string_view() const noexcept { return *text_; }

  bool empty() const noexcept { return text_->empty(); }
  size_t size() const noexcept { return text_->size(); }
  const char *c_str() const noexcept { return text_->c_str(); }
  const char *data() const noexcept { return text_->data(); }
  std::string_view view() const noexcept { return *text_; }
  bool starts_with(std::string_view prefix) const noexcept { return view().starts_with(prefix); }
  bool ends_with(std::string_view suffix) const noexcept { return view().ends_with(suffix); }
  size_t find(std::string_view s, size_t pos = 0) const noexcept { return text_->find(s, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const noexcept { return text_->rfind(s, pos); }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return text_->substr(pos, n); }

  // One interned copy per text: equality is identity.
  friend bool operator==(const InternedText &a, const InternedText &b) noexcept { return a.text_ == b.text_; }
  friend bool operator==(const InternedText &a, const std::string &b) noexcept { return *a.text_ == b; }
  friend bool operator==(const InternedText &a, std::string_view b) noexcept { return *a.text_ == b; }
  friend bool operator==(const InternedText &a, const char *b) noexcept { return *a.text_ == b; }
  // Ordered by text, so that sorted output does not depend on the order texts were interned.
  friend std::strong_ordering operator<=>(const InternedText &a, const InternedText &b) noexcept {
    return a.text_ == b.text_ ? std::strong_ordering::equal : a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const InternedText &a, const std::string &b) noexcept {
    return a.view() <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const InternedText &a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  friend std::strong_ordering operator<=>(const InternedText &a, const char *b) noexcept {
    return a.view() <=> std::string_view(b);
  }

  // Concatenation as with the std::string it replaced (messages build "file:line" this way).
  friend std::string operator+(const InternedText &a, std::string_view b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const InternedText &a, const std::string &b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const InternedText &a, const char *b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const InternedText &a, char b) { return std::string(a.view()) + b; }
  friend std::string operator+(std::string_view a, const InternedText &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const std::string &a, const InternedText &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(std::string &&a, const InternedText &b) { return std::move(a.append(b.view())); }
  friend std::string operator+(const char *a, const InternedText &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(char a, const InternedText &b) { return a + std::string(b.view()); }
  friend std::ostream &operator<<(std::ostream &os, const InternedText &p) { return os << p.view(); }

private:
  static const std::string *intern(std::string_view text);

  // A function-local static, so an InternedText is valid even when built by another static
  // initializer (Clang 16 with libstdc++ 12 cannot constant-initialize a std::string).
  static const std::string &emptyText() noexcept {
    static const std::string empty;
    return empty;
  }

  const std::string *text_;
};

} // namespace tl

/// Hashes like the text, so an InternedText finds the same bucket as the std::string it stands for.
template <> struct std::hash<tl::InternedText> {
  size_t operator()(const tl::InternedText &p) const noexcept { return std::hash<std::string_view>{}(p.view()); }
};
