#include "source/interned_text.h"

#include <mutex>
#include <unordered_set>

namespace tl {
namespace {

struct TextHash {
  using is_transparent = void; // look up by string_view without building a std::string
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct InternTable {
  std::mutex mutex;
  // Node-based: a text's address never moves when the set rehashes.
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

// Never destroyed: InternedTexts in objects with static storage may outlive any destructor order.
InternTable &table() {
  static InternTable *const t = new InternTable;
  return *t;
}

} // namespace

const std::string *InternedText::intern(std::string_view text) {
  if (text.empty())
    return &emptyText();
  // A frontend makes every location of a file from the same path: the last text interned on this
  // thread answers without the lock or a hash.
  thread_local const std::string *last = nullptr;
  if (last && *last == text)
    return last;
  InternTable &t = table();
  std::lock_guard<std::mutex> lock(t.mutex);
  auto it = t.texts.find(text);
  if (it == t.texts.end())
    it = t.texts.emplace(text).first;
  last = &*it;
  return last;
}

} // namespace tl
