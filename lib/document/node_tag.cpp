#include "document/node_tag.h"

#include <deque>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace tl::doc {
namespace {

struct TagTable {
  std::mutex mutex;
  std::deque<std::string> texts{std::string()}; // index 0: no tag; a deque never moves its strings
  std::unordered_map<std::string_view, uint16_t> indexes;
};

// Never destroyed, like InternedText's table: nodes may be read during static destruction.
TagTable &table() {
  static TagTable *const t = new TagTable;
  return *t;
}

} // namespace

NodeTag::NodeTag(std::string_view text) {
  if (text.empty())
    return;
  TagTable &t = table();
  std::lock_guard<std::mutex> lock(t.mutex);
  if (auto it = t.indexes.find(text); it != t.indexes.end()) {
    index_ = it->second;
    return;
  }
  constexpr size_t kMax = std::numeric_limits<uint16_t>::max();
  if (t.texts.size() == kMax) { // the last index is the catch-all
    t.texts.emplace_back(kTooManyTags);
    t.indexes.emplace(t.texts.back(), static_cast<uint16_t>(kMax));
  }
  if (t.texts.size() > kMax) {
    index_ = static_cast<uint16_t>(kMax);
    return;
  }
  index_ = static_cast<uint16_t>(t.texts.size());
  t.texts.emplace_back(text);
  t.indexes.emplace(t.texts.back(), index_);
}

std::string_view NodeTag::view() const {
  if (index_ == 0)
    return {};
  TagTable &t = table();
  std::lock_guard<std::mutex> lock(t.mutex);
  return t.texts[index_];
}

} // namespace tl::doc
