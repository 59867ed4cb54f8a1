#pragma once
// Storage for a document's scalar texts and child lists: bump allocation in blocks that never
// move. A std::string per scalar and a std::vector per collection cost 56 bytes of headers before
// their contents, plus a heap allocation each; here they cost their contents.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace tl::doc {

/// Owns bytes handed out in blocks of up to 64 KiB; what it returns stays valid until it dies.
class TextArena {
public:
  /// A copy of `text` that lives as long as the arena.
  std::string_view keep(std::string_view text) {
    if (text.empty())
      return {};
    char *out = static_cast<char *>(allocate(text.size(), 1));
    std::memcpy(out, text.data(), text.size());
    return {out, text.size()};
  }

  /// A copy of `items` (trivially copyable) that lives as long as the arena.
  template <typename T> std::span<const T> keep(std::span<const T> items) {
    if (items.empty())
      return {};
    T *out = static_cast<T *>(allocate(items.size_bytes(), alignof(T)));
    std::memcpy(static_cast<void *>(out), items.data(), items.size_bytes());
    return {out, items.size()};
  }

  size_t bytesReserved() const { return reserved_; }

private:
  static constexpr size_t kMaxBlock = 64 * 1024;

  void *allocate(size_t bytes, size_t align) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || at + bytes > capacity_) {
      // A request larger than a quarter block gets a block of its own, so that the current
      // block's free tail is not thrown away for it.
      if (bytes > kMaxBlock / 4) {
        large_.push_back(std::make_unique<std::byte[]>(bytes));
        reserved_ += bytes;
        return large_.back().get();
      }
      capacity_ = std::max(bytes, blocks_.empty() ? size_t{4096} : std::min(capacity_ * 2, kMaxBlock));
      blocks_.push_back(std::make_unique<std::byte[]>(capacity_));
      reserved_ += capacity_;
      at = 0;
    }
    used_ = at + bytes;
    return blocks_.back().get() + at;
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::vector<std::unique_ptr<std::byte[]>> large_; // one request each
  size_t capacity_ = 0;                             // of the last block
  size_t used_ = 0;                                 // in the last block
  size_t reserved_ = 0;
};

} // namespace tl::doc
