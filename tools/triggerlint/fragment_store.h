#pragma once
// The models of single files that pass 1 read, kept for pass 2 while they fit a memory budget
// (issue 8). A model that does not fit is dropped and pass 2 reads its file again; the models
// already kept stay, so a run just over the budget reads only the files past it twice, and memory
// stays bounded by the budget and the largest component instead of the number of files.
#include "model/model.h"

#include <cstddef>
#include <optional>
#include <unordered_map>

namespace tl {

/// Per-file models by file index, up to a budget of model::estimatedBytes.
class FragmentStore {
public:
  explicit FragmentStore(size_t budget) : budget_(budget) {}
  /// Keeps `fragment` for `file` when it fits in what is left of the budget; false when it does
  /// not (then pass 2 reads the file again). A later, smaller model may still fit.
  bool keep(size_t file, model::Model &&fragment);
  /// Keeps `fragment` whatever the budget. For the last file pass 1 reads: its model is in memory
  /// already, and reading it again would only double the time of a run over one large template.
  void keepPastBudget(size_t file, model::Model &&fragment) { kept_.emplace(file, std::move(fragment)); }
  /// The kept model of `file`, moved out; nullopt when the file must be read again.
  std::optional<model::Model> take(size_t file);
  /// Files whose model did not fit: pass 2 reads them again.
  size_t dropped() const { return dropped_; }

private:
  size_t budget_;
  size_t used_ = 0;
  size_t dropped_ = 0;
  std::unordered_map<size_t, model::Model> kept_;
};

} // namespace tl
