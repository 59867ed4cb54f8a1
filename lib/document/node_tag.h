#pragma once
// A YAML node's local tag ("!Ref", "!GetAtt") in two bytes: templates use a handful of tags on
// hundreds of thousands of nodes, so the node stores an index into one table of the process.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace tl::doc {

/// A tag as written, or empty. Equal tags have equal indexes.
class NodeTag {
public:
  NodeTag() = default;
  /// Interns `text`. Past 65,535 distinct tags in one process, further ones all read as
  /// kTooManyTags: no CloudFormation intrinsic, so they are reported as unknown tags.
  explicit NodeTag(std::string_view text);

  static constexpr std::string_view kTooManyTags = "!<one of too many distinct tags>";

  bool empty() const { return index_ == 0; }
  std::string_view view() const;
  operator std::string_view() const { return view(); }

  friend bool operator==(NodeTag a, NodeTag b) { return a.index_ == b.index_; }
  friend bool operator==(NodeTag a, std::string_view b) { return a.view() == b; }
  friend bool operator==(NodeTag a, const char *b) { return a.view() == b; }
  friend std::ostream &operator<<(std::ostream &os, NodeTag tag) { return os << tag.view(); }

private:
  uint16_t index_ = 0;
};

} // namespace tl::doc
