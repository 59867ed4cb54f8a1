#include "document/tree_builder.h"

#include <algorithm>
#include <cstdint>

namespace tl::doc {
namespace {

// Below this many keys a linear scan beats building a hash set for the duplicate check.
constexpr size_t kIndexedMappingSize = 16;

bool hasText(const Node *key) { return key->kind == NodeKind::Scalar || key->kind == NodeKind::Null; }

} // namespace

bool TreeBuilder::countNode(uint32_t line, uint32_t column) {
  if (++nodes_ <= limits_.maxNodes)
    return true;
  fail(line, column, "document has more than " + std::to_string(limits_.maxNodes) + " nodes");
  return false;
}

Node *TreeBuilder::leaf(NodeKind kind, uint32_t line, uint32_t column) {
  if (!countNode(line, column))
    return nullptr;
  Node &node = doc_.make();
  node.kind = kind;
  node.line = line;
  node.column = column;
  return &node;
}

Node *TreeBuilder::open(NodeKind kind, uint32_t line, uint32_t column) {
  if (frames_.size() >= limits_.maxDepth) {
    fail(line, column, "document nested deeper than " + std::to_string(limits_.maxDepth) + " levels");
    return nullptr;
  }
  Node *node = leaf(kind, line, column);
  if (!node)
    return nullptr;
  Frame &frame = frames_.emplace_back();
  frame.node = node;
  frame.firstChild = kind == NodeKind::Mapping ? entries_.size() : items_.size();
  return node;
}

uint64_t TreeBuilder::close() {
  Frame &frame = frames_.back();
  const uint64_t expanded = frame.expanded;
  Node *node = frame.node;
  if (node->kind == NodeKind::Mapping) {
    const auto kept = doc_.storage.keep(std::span<const MapEntry>(entries_).subspan(frame.firstChild));
    node->setChildren(kept.data(), kept.size());
    entries_.resize(frame.firstChild);
  } else {
    const auto kept = doc_.storage.keep(std::span<const Node *const>(items_).subspan(frame.firstChild));
    node->setChildren(kept.data(), kept.size());
    items_.resize(frame.firstChild);
  }
  frames_.pop_back();
  add(node, expanded);
  return expanded;
}

void TreeBuilder::addAlias(const Node *node, uint64_t expanded, uint32_t line, uint32_t column) {
  if (!countReuse(line, column))
    return;
  uint64_t total = expanded;
  for (const Frame &frame : frames_)
    total = std::max(total, frame.expanded + expanded);
  if (total > limits_.maxNodes) {
    fail(line, column, "aliases expand to more than " + std::to_string(limits_.maxNodes) +
                           " nodes (an alias bomb?)");
    return;
  }
  add(node, expanded);
}

void TreeBuilder::add(const Node *node, uint64_t expanded) {
  if (frames_.empty()) {
    if (!doc_.root)
      doc_.root = node;
    return;
  }
  Frame &frame = frames_.back();
  // Saturating: the limit check above keeps real values far below overflow.
  frame.expanded = std::min<uint64_t>(frame.expanded + expanded, UINT64_MAX / 2);
  if (frame.node->kind == NodeKind::Sequence) {
    items_.push_back(node);
    ++frame.count;
  } else if (!frame.pendingKey) {
    addKey(frame, node);
  } else {
    entries_.push_back({frame.pendingKey, node});
    frame.pendingKey = nullptr;
    ++frame.count;
  }
}

void TreeBuilder::addKey(Frame &frame, const Node *key) {
  frame.pendingKey = key;
  if (!hasText(key))
    return;
  if (frame.keys) {
    auto [it, inserted] = frame.keys->try_emplace(key->value, key);
    if (!inserted)
      reportDuplicate(it->second, key);
    return;
  }
  const auto first = entries_.begin() + static_cast<std::ptrdiff_t>(frame.firstChild);
  for (auto it = first; it != entries_.end(); ++it) {
    if (hasText(it->key) && it->key->value == key->value) {
      reportDuplicate(it->key, key);
      return;
    }
  }
  if (frame.count + 1 < kIndexedMappingSize)
    return;
  frame.keys = std::make_unique<KeyIndex>();
  frame.keys->reserve(2 * kIndexedMappingSize);
  // Walking backwards keeps the first occurrence when earlier keys repeat among themselves.
  frame.keys->try_emplace(key->value, key);
  for (auto it = entries_.rbegin(); it != entries_.rend() - static_cast<std::ptrdiff_t>(frame.firstChild); ++it)
    if (hasText(it->key))
      (*frame.keys)[it->key->value] = it->key;
}

void TreeBuilder::reportDuplicate(const Node *first, const Node *second) {
  doc_.duplicates.push_back({first, second, pathOfInnermost()});
}

std::string TreeBuilder::pathOfInnermost() const {
  std::string path;
  for (size_t i = 0; i + 1 < frames_.size(); ++i) {
    const Frame &parent = frames_[i];
    if (parent.node->kind == NodeKind::Sequence) {
      path += '[';
      path += std::to_string(parent.count);
      path += ']';
      continue;
    }
    if (!path.empty())
      path += '.';
    // A collection used as a mapping key has no key of its own to name it.
    const Node *key = parent.pendingKey;
    path += key && hasText(key) ? key->value : std::string_view("?");
  }
  return path;
}

bool TreeBuilder::countReuse(uint32_t line, uint32_t column) { return countNode(line, column); }

std::string_view TreeBuilder::keepText(std::string_view text) {
  // Longer texts rarely repeat; a set entry would cost more than it saves.
  constexpr size_t kShortText = 64;
  if (text.size() > kShortText)
    return doc_.storage.keep(text);
  if (auto it = shortTexts_.find(text); it != shortTexts_.end())
    return *it;
  const std::string_view kept = doc_.storage.keep(text);
  shortTexts_.insert(kept);
  return kept;
}

bool TreeBuilder::checkScalarSize(uint64_t bytes, uint32_t line, uint32_t column) {
  if (bytes <= limits_.maxScalarBytes)
    return true;
  fail(line, column, "scalar longer than " + std::to_string(limits_.maxScalarBytes) + " bytes");
  return false;
}

void TreeBuilder::finish() {
  while (!frames_.empty()) {
    // A key whose value never came would leave an entry without a value; drop it.
    frames_.back().pendingKey = nullptr;
    close();
  }
}

void TreeBuilder::fail(uint32_t line, uint32_t column, std::string message) {
  doc_.problems.push_back({line, column, std::move(message)});
}

} // namespace tl::doc
