#include "model/model_merge.h"

#include <iterator>

namespace tl::model {
namespace {

template <typename T> void moveAppend(std::vector<T> &into, std::vector<T> &from) {
  if (into.empty()) {
    into = std::move(from);
    return;
  }
  into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  from.clear();
}

} // namespace

void appendModel(Model &into, Model &&from) {
  Model::forEachFactList([&](auto list) { moveAppend(into.*list, from.*list); });
}

} // namespace tl::model
