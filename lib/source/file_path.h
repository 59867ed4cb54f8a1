#pragma once
// An input file's path, stored once per run however many facts name it.
#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace tl {

/// A file path interned for the whole process: one pointer wide, copied for free, equal paths are
/// the same pointer. Reads as the `const std::string &` it stands for.
class FilePath {
public:
  FilePath() noexcept : text_(&empty_) {}
  FilePath(std::string_view path) : text_(intern(path)) {}
  FilePath(const std::string &path) : FilePath(std::string_view(path)) {}
  FilePath(const char *path) : FilePath(std::string_view(path)) {}

  const std::string &str() const noexcept { return *text_; }
  operator const std::string &() const noexcept { return *text_; }
  operator std::string_view() const noexcept { return *text_; }

  bool empty() const noexcept { return text_->empty(); }
  size_t size() const noexcept { return text_->size(); }
  const char *c_str() const noexcept { return text_->c_str(); }
  const char *data() const noexcept { return text_->data(); }
  std::string_view view() const noexcept { return *text_; }

  // One interned copy per path: equality is identity.
  friend bool operator==(const FilePath &a, const FilePath &b) noexcept { return a.text_ == b.text_; }
  friend bool operator==(const FilePath &a, const std::string &b) noexcept { return *a.text_ == b; }
  friend bool operator==(const FilePath &a, std::string_view b) noexcept { return *a.text_ == b; }
  friend bool operator==(const FilePath &a, const char *b) noexcept { return *a.text_ == b; }
  // Ordered by text, so that sorted output does not depend on the order paths were interned.
  friend std::strong_ordering operator<=>(const FilePath &a, const FilePath &b) noexcept {
    return a.text_ == b.text_ ? std::strong_ordering::equal : a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const FilePath &a, const std::string &b) noexcept {
    return a.view() <=> std::string_view(b);
  }
  friend std::strong_ordering operator<=>(const FilePath &a, std::string_view b) noexcept {
    return a.view() <=> b;
  }
  friend std::strong_ordering operator<=>(const FilePath &a, const char *b) noexcept {
    return a.view() <=> std::string_view(b);
  }

  // Concatenation as with the std::string it replaced (messages build "file:line" this way).
  friend std::string operator+(const FilePath &a, std::string_view b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const FilePath &a, const std::string &b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const FilePath &a, const char *b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const FilePath &a, char b) { return std::string(a.view()) + b; }
  friend std::string operator+(std::string_view a, const FilePath &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const std::string &a, const FilePath &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(std::string &&a, const FilePath &b) { return std::move(a.append(b.view())); }
  friend std::string operator+(const char *a, const FilePath &b) { return std::string(a).append(b.view()); }
  friend std::string operator+(char a, const FilePath &b) { return a + std::string(b.view()); }
  friend std::ostream &operator<<(std::ostream &os, const FilePath &p) { return os << p.view(); }

private:
  static const std::string *intern(std::string_view path);

  // Constant-initialized, so a FilePath is valid before any dynamic initializer runs.
  static constinit const std::string empty_;

  const std::string *text_;
};

inline constinit const std::string FilePath::empty_{};

} // namespace tl

/// Hashes like the path's text, so a FilePath finds the same bucket as the std::string it stands for.
template <> struct std::hash<tl::FilePath> {
  size_t operator()(const tl::FilePath &p) const noexcept { return std::hash<std::string_view>{}(p.view()); }
};
