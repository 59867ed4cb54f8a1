#pragma once
// Builds a Document's node tree from the readers' open/add/close calls. Both readers go through it
// so that limits, duplicate keys and key paths behave identically for YAML and JSON.
#include "document/node.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tl::doc {

class TreeBuilder {
public:
  TreeBuilder(Document &doc, const ReadLimits &limits) : doc_(doc), limits_(limits) {}

  /// A new scalar or null node for the caller to fill and then `add`. Null when the node limit
  /// is exceeded; the problem is recorded.
  Node *leaf(NodeKind kind, uint32_t line, uint32_t column);
  /// Opens a mapping or a sequence; following `add`/`open` calls fill it until `close`. Null when
  /// the depth or node limit is exceeded; the problem is recorded.
  Node *open(NodeKind kind, uint32_t line, uint32_t column);
  /// Closes the innermost open collection and adds it to its parent. Returns the number of
  /// nodes the collection stands for with its aliases expanded.
  uint64_t close();
  /// Adds a finished node to the innermost open collection (as the next key or value of a
  /// mapping, or the next item of a sequence), or makes it the root. `expanded` is the number of
  /// nodes it stands for once aliases are expanded (1 for a scalar).
  void add(const Node *node, uint64_t expanded = 1);
  /// Adds a reused node (a YAML alias) that stands for `expanded` nodes. Consumers walk aliases
  /// like copies, so a document whose expansion exceeds the node limit is refused (alias bombs).
  void addAlias(const Node *node, uint64_t expanded, uint32_t line, uint32_t column);
  /// Counts one more use of an existing node (a YAML alias) against the node limit.
  bool countReuse(uint32_t line, uint32_t column);
  /// The document's copy of a scalar's text. Short texts are stored once however often they
  /// repeat (keys, types, logical ids): a template's scalars are mostly such repeats.
  std::string_view keepText(std::string_view text);
  /// Records a problem when a scalar is longer than the limit allows.
  bool checkScalarSize(uint64_t bytes, uint32_t line, uint32_t column);
  /// Closes whatever is still open, so a partial tree stays reachable from the root.
  void finish();

  void fail(uint32_t line, uint32_t column, std::string message);
  bool failed() const { return !doc_.problems.empty(); }
  size_t depth() const { return frames_.size(); }
  /// The innermost open collection, or null at the top level.
  const Node *innermost() const { return frames_.empty() ? nullptr : frames_.back().node; }

private:
  using KeyIndex = std::unordered_map<std::string_view, const Node *>;

  struct Frame {
    Node *node = nullptr;
    size_t firstChild = 0;            // where this collection's children start in the scratch list
    uint64_t count = 0;               // children added so far: the index of the next sequence item
    uint64_t expanded = 1;            // nodes this collection stands for, aliases expanded
    const Node *pendingKey = nullptr; // a mapping's key that still waits for its value
    std::unique_ptr<KeyIndex> keys;   // only for large mappings, to keep duplicate checks linear
  };

  bool countNode(uint32_t line, uint32_t column);
  void addKey(Frame &frame, const Node *key);
  void reportDuplicate(const Node *first, const Node *second);
  std::string pathOfInnermost() const;

  Document &doc_;
  const ReadLimits &limits_;
  uint64_t nodes_ = 0;
  std::vector<Frame> frames_;
  // Children of all open collections, innermost last. Each collection copies its own range out
  // when it closes, so its vector gets one exact allocation instead of repeated growth.
  std::vector<MapEntry> entries_;
  std::vector<const Node *> items_;
  // Short texts kept so far; lives only while the document is read, so it costs no memory while
  // the model is built from the tree.
  std::unordered_set<std::string_view> shortTexts_;
};

} // namespace tl::doc
