#pragma once
// Storage for a document's nodes: stable addresses, few allocations.
#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace tl::doc {

/// Owns nodes in blocks that never move, so `const Node *` links stay valid as the tree grows.
/// std::deque gave the same stability but allocated a block per 4 nodes (its blocks are 512 bytes),
/// which made allocation the largest cost of reading a big template; blocks here double up to 4096
/// nodes.
template <typename T> class Arena {
public:
  T &make() {
    if (used_ == capacity_) {
      capacity_ = blocks_.empty() ? 64 : std::min<size_t>(capacity_ * 2, 4096);
      blocks_.push_back(std::make_unique<T[]>(capacity_));
      used_ = 0;
    }
    ++size_;
    return blocks_.back()[used_++];
  }

  size_t size() const { return size_; }

  void clear() {
    blocks_.clear();
    capacity_ = used_ = size_ = 0;
  }

  /// Calls `visit(T &)` for every node made so far, in creation order.
  template <typename Visit> void forEach(Visit &&visit) {
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const size_t count = b + 1 == blocks_.size() ? used_ : blockCapacity(b);
      for (size_t i = 0; i < count; ++i)
        visit(blocks_[b][i]);
    }
  }

private:
  static size_t blockCapacity(size_t block) { return std::min<size_t>(size_t{64} << block, 4096); }

  std::vector<std::unique_ptr<T[]>> blocks_;
  size_t capacity_ = 0; // of the last block
  size_t used_ = 0;     // in the last block
  size_t size_ = 0;
};

} // namespace tl::doc
