#include "fragment_store.h"

#include "model/model_size.h"

namespace tl {

bool FragmentStore::keep(size_t file, model::Model &&fragment) {
  const size_t bytes = model::estimatedBytes(fragment);
  if (bytes > budget_ - used_) { // used_ never exceeds budget_
    ++dropped_;
    return false;
  }
  used_ += bytes;
  kept_.emplace(file, std::move(fragment));
  return true;
}

std::optional<model::Model> FragmentStore::take(size_t file) {
  auto it = kept_.find(file);
  if (it == kept_.end())
    return std::nullopt;
  std::optional<model::Model> out(std::move(it->second));
  kept_.erase(it);
  return out;
}

} // namespace tl
