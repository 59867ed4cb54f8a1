#pragma once
// Groups a run's input files into components: files that share a join key, transitively, and the
// classes of files JoinKeys says must meet (all dumps with all declaring templates, all C++ sources
// with all templates that have code). Each component is linted with a model of its own.
#include "join_keys.h"

#include <cstddef>
#include <span>
#include <unordered_map>
#include <vector>

namespace tl {

/// Files (indices in the run's file order, ascending) that must share one model.
struct InputComponent {
  std::span<const size_t> files; // in the InputComponents it was taken from
  bool anchor = false;           // holds the C++ sources and dumps (the audit table's pools): linted first
};

/// A run's components, their files in one list: a run of many unjoined files holds two numbers per
/// file, not a list per component. Never empty: a run without files has one empty component (the
/// config's `handlers:` names are judged with no input at all).
class InputComponents {
public:
  size_t size() const { return ends_.size(); }
  InputComponent operator[](size_t c) const {
    const size_t begin = c == 0 ? 0 : ends_[c - 1];
    return {std::span<const size_t>(files_).subspan(begin, ends_[c] - begin), c == 0 && anchored_};
  }

private:
  friend class ComponentBuilder;
  std::vector<size_t> files_;
  std::vector<size_t> ends_; // where each component's files end in files_
  bool anchored_ = false;    // the first component is the anchor
};

/// Union-find over the files of a run, fed one file at a time so that only the keys seen so far
/// are held, not every file's keys.
class ComponentBuilder {
public:
  /// Adds the file with index `file` (the next one: 0, 1, 2, ...).
  void add(size_t file, const JoinKeys &keys);
  /// The components: the one with C++ sources or dumps first, then by their first file. Frees
  /// what add() gathered; the builder is empty afterwards.
  InputComponents finish();

private:
  size_t find(size_t file);
  void unite(size_t a, size_t b);
  std::vector<size_t> parent_;
  // By the key's hash: a collision only merges two components, which is safe, and a run of many
  // files holds eight bytes per key instead of its text.
  std::unordered_map<size_t, size_t> firstWithKey_;
  std::vector<size_t> anchored_;     // dumps and C++ sources: always one component
  std::vector<size_t> declaring_;    // merge with the anchor when there is a dump
  std::vector<size_t> withCode_;     // merge with the anchor when there is a C++ source
  std::vector<size_t> exporting_;    // merge with each other when a name has placeholders
  std::vector<size_t> triggering_;   // merge with permissions of unknown functions, when there are
  std::vector<size_t> anyFunction_;
  bool anyDump_ = false, anyCpp_ = false, anyWildcard_ = false;
};

} // namespace tl
