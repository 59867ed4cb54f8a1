#pragma once
// The lattice of the trigger-source dataflow (trigger_source_flow.h): which trigger sources can
// reach a point of a handler. Frontends know formats, not Cognito, so the values are the strings
// the code compares with, not Cognito's table.
#include <set>
#include <string>
#include <vector>

namespace tl::clangfe {

/// One string the code tests the trigger source against: a whole value, or a prefix (starts_with).
struct SourceItem {
  std::string text;
  bool prefix = false;
  bool operator<(const SourceItem &o) const { return prefix != o.prefix ? prefix < o.prefix : text < o.text; }
  bool operator==(const SourceItem &o) const { return prefix == o.prefix && text == o.text; }
  /// True when every source this item matches is also matched by `this`.
  bool covers(const SourceItem &o) const;
};

/// "unreachable", "only {S...}" or "all except {S...}"; the default value is "all" (no test seen).
class SourceSet {
public:
  static SourceSet all() { return SourceSet(Kind::AllExcept, {}); }
  static SourceSet none() { return SourceSet(Kind::Only, {}); }
  static SourceSet only(SourceItem item) { return SourceSet(Kind::Only, {std::move(item)}); }
  static SourceSet allExcept(SourceItem item) { return SourceSet(Kind::AllExcept, {std::move(item)}); }
  SourceSet() = default;

  bool unreachable() const { return kind_ == Kind::Only && items_.empty(); }
  bool isAll() const { return kind_ == Kind::AllExcept && items_.empty(); }
  /// Union: what can reach a point with several predecessors.
  SourceSet join(const SourceSet &o) const;
  /// Intersection: what passes a test as well.
  SourceSet meet(const SourceSet &o) const;
  bool operator==(const SourceSet &o) const { return kind_ == o.kind_ && items_ == o.items_; }
  bool operator!=(const SourceSet &o) const { return !(*this == o); }

  /// The model's form (CodeContext): guards for "only", excluded for "all except", sorted.
  std::vector<std::string> guards() const;
  std::vector<std::string> excluded() const;

private:
  enum class Kind { Only, AllExcept };
  SourceSet(Kind k, std::set<SourceItem> items) : kind_(k), items_(std::move(items)) {}
  Kind kind_ = Kind::AllExcept;
  std::set<SourceItem> items_;
};

} // namespace tl::clangfe
