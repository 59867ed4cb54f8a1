#include "document/node.h"

namespace tl::doc {

const Node *Node::find(std::string_view key) const {
  const MapEntry *entry = findEntry(key);
  return entry ? entry->value : nullptr;
}

const MapEntry *Node::findEntry(std::string_view key) const {
  // Searching backwards returns the entry CloudFormation actually uses when a key is duplicated.
  // Null keys (`~:`, `null:`) compare by their text like any other scalar key.
  const std::span<const MapEntry> all = entries();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    const Node *k = it->key;
    if (k && (k->kind == NodeKind::Scalar || k->kind == NodeKind::Null) && k->value == key)
      return &*it;
  }
  return nullptr;
}

} // namespace tl::doc
