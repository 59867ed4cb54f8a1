#include "fragment_store.h"

#include "model/model_size.h"

#include <cstdlib>

namespace tl {

void FragmentStore::keep(size_t file, model::Model &&fragment) {
  if (overBudget_)
    return;
  used_ += model::estimatedBytes(fragment);
  if (used_ > budget_) {
    overBudget_ = true;
    kept_.clear();
    return;
  }
  kept_.emplace(file, std::move(fragment));
}

std::optional<model::Model> FragmentStore::take(size_t file) {
  auto it = kept_.find(file);
  if (it == kept_.end())
    return std::nullopt;
  std::optional<model::Model> out(std::move(it->second));
  kept_.erase(it);
  return out;
}

size_t memoryBudget() {
  if (const char *env = std::getenv("TRIGGERLINT_MEMORY_BUDGET"); env && *env) {
    char *end = nullptr;
    unsigned long long bytes = std::strtoull(env, &end, 10);
    if (end && *end == '\0')
      return static_cast<size_t>(bytes);
  }
  // A small template's model is estimated at 8-10 KB, so about 3500 of them fit.
  return size_t{32} << 20;
}

} // namespace tl
