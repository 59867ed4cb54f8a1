#pragma once
// The models of single files that pass 1 read, kept for pass 2 while they fit a memory budget
// (issue 8). Past the budget every kept model is dropped and pass 2 reads the files again, so
// memory stays bounded by the budget and the largest component instead of the number of files.
#include "model/model.h"

#include <cstddef>
#include <optional>
#include <unordered_map>

namespace tl {

/// Per-file models by file index, up to a budget of model::estimatedBytes.
class FragmentStore {
public:
  explicit FragmentStore(size_t budget) : budget_(budget) {}
  /// Keeps `fragment` for `file` while the total stays within the budget; past it, drops all.
  void keep(size_t file, model::Model &&fragment);
  /// The kept model of `file`, moved out; nullopt when the file must be read again.
  std::optional<model::Model> take(size_t file);
  /// True once the budget was exceeded (files are read twice).
  bool overBudget() const { return overBudget_; }

private:
  size_t budget_;
  size_t used_ = 0;
  bool overBudget_ = false;
  std::unordered_map<size_t, model::Model> kept_;
};

/// TRIGGERLINT_MEMORY_BUDGET (bytes; 0 reads every file twice), else a default under which runs
/// of a few thousand small templates keep every model.
size_t memoryBudget();

} // namespace tl
