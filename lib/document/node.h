#pragma once
// The position-carrying tree that both the YAML and the JSON reader produce. Frontends read
// templates and dumps from this tree only, so the parsers can be swapped (DESIGN.md §5).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/node_arena.h"
#include "document/node_tag.h"
#include "document/text_arena.h"

namespace tl::doc {

enum class NodeKind : uint8_t { Null, Scalar, Sequence, Mapping };

struct Node;

/// One `key: value` pair of a mapping. Duplicate keys are kept, in document order.
struct MapEntry {
  const Node *key = nullptr;
  const Node *value = nullptr;
};

/// A YAML or JSON node and the 1-based line/column where it starts. 32 bytes: a large template
/// has about one node per 15 input bytes, so the node's size sets most of a document's memory.
struct Node {
  NodeKind kind = NodeKind::Null;
  bool quoted = false; // the scalar was quoted in the source (JSON strings are quoted)
  NodeTag tag;         // YAML local tag as written ("!Ref", "!GetAtt"); empty when none
  uint32_t childCount = 0;
  uint32_t line = 0;
  uint32_t column = 0;
  // Text of a scalar (also of a null written as `null`/`~`), kept by the document. A collection
  // has no text: its (empty) view points at its children instead, which saves a pointer per node.
  std::string_view value;

  bool isScalar() const { return kind == NodeKind::Scalar; }
  bool isMapping() const { return kind == NodeKind::Mapping; }
  bool isSequence() const { return kind == NodeKind::Sequence; }
  bool isNull() const { return kind == NodeKind::Null; }

  const void *children() const { return value.data(); }

  /// A mapping's entries in document order; empty for anything else.
  std::span<const MapEntry> entries() const {
    return isMapping() ? std::span(static_cast<const MapEntry *>(children()), childCount) : std::span<const MapEntry>();
  }
  /// A sequence's items; empty for anything else.
  std::span<const Node *const> items() const {
    return isSequence() ? std::span(static_cast<const Node *const *>(children()), childCount)
                        : std::span<const Node *const>();
  }

  /// Makes a collection point at its children (a MapEntry[] or a const Node *[]).
  void setChildren(const void *first, size_t count) {
    value = std::string_view(static_cast<const char *>(first), 0);
    childCount = static_cast<uint32_t>(count);
  }

  /// The value of the last entry named `key` (CloudFormation keeps the last duplicate), or null.
  const Node *find(std::string_view key) const;
  /// The entry named `key` (last one), or null.
  const MapEntry *findEntry(std::string_view key) const;
};

static_assert(sizeof(void *) != 8 || sizeof(Node) == 32, "a Node grew: every node of a large template pays for it");

/// A problem found while reading a file, with the position it refers to.
struct ParseProblem {
  uint32_t line = 0;
  uint32_t column = 0;
  std::string message;
};

/// A duplicate mapping key: the later entry hides the earlier one.
struct DuplicateKey {
  const Node *first = nullptr;  // key node of the first occurrence
  const Node *second = nullptr; // key node of the later occurrence
  std::string path;             // dotted path of the mapping holding them, e.g. "Resources.Pool.Properties"
};

/// Limits that keep hostile inputs from exhausting time or memory.
struct ReadLimits {
  uint32_t maxDepth = 200;           // nesting of mappings/sequences
  uint64_t maxNodes = 5'000'000;     // nodes created, aliases included
  uint64_t maxScalarBytes = 8u << 20;
};

/// A parsed file. Owns its nodes; `root` is null when nothing could be read.
struct Document {
  std::string path;
  std::string text;               // the raw bytes, for comment scanning and excerpts
  Arena<Node> arena;               // stable addresses
  TextArena storage;               // scalar texts and child lists the nodes point into
  const Node *root = nullptr;
  std::vector<ParseProblem> problems; // a non-empty list means the tree may be partial
  std::vector<DuplicateKey> duplicates;

  Node &make() { return arena.make(); }
};

/// Reads YAML 1.1 with libyaml's event parser (first document only). Aliases point at the
/// anchored node instead of copying it, so alias bombs cost nothing.
void readYaml(Document &doc, const ReadLimits &limits = {});

/// Reads RFC 8259 JSON with positions. A UTF-8 BOM is skipped.
void readJson(Document &doc, const ReadLimits &limits = {});

} // namespace tl::doc
