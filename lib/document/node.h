#pragma once
// The position-carrying tree that both the YAML and the JSON reader produce. Frontends read
// templates and dumps from this tree only, so the parsers can be swapped (DESIGN.md §5).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document/node_arena.h"

namespace tl::doc {

enum class NodeKind { Null, Scalar, Sequence, Mapping };

struct Node;

/// One `key: value` pair of a mapping. Duplicate keys are kept, in document order.
struct MapEntry {
  const Node *key = nullptr;
  const Node *value = nullptr;
};

/// A YAML or JSON node and the 1-based line/column where it starts.
struct Node {
  NodeKind kind = NodeKind::Null;
  std::string tag;    // YAML local tag as written ("!Ref", "!GetAtt"); empty when none
  std::string value;  // text of a scalar (also of a null written as `null`/`~`)
  bool quoted = false; // the scalar was quoted in the source (JSON strings are quoted)
  uint32_t line = 0;
  uint32_t column = 0;
  std::vector<MapEntry> entries;   // Mapping
  std::vector<const Node *> items; // Sequence

  bool isScalar() const { return kind == NodeKind::Scalar; }
  bool isMapping() const { return kind == NodeKind::Mapping; }
  bool isSequence() const { return kind == NodeKind::Sequence; }
  bool isNull() const { return kind == NodeKind::Null; }

  /// The value of the last entry named `key` (CloudFormation keeps the last duplicate), or null.
  const Node *find(std::string_view key) const;
  /// The entry named `key` (last one), or null.
  const MapEntry *findEntry(std::string_view key) const;
};

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
