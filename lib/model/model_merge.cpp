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
  moveAppend(into.pools, from.pools);
  moveAppend(into.functions, from.functions);
  moveAppend(into.permissions, from.permissions);
  moveAppend(into.references, from.references);
  moveAppend(into.handlers, from.handlers);
  moveAppend(into.problems, from.problems);
  moveAppend(into.duplicates, from.duplicates);
  moveAppend(into.suppressions, from.suppressions);
  moveAppend(into.policiesRead, from.policiesRead);
  moveAppend(into.failedCalls, from.failedCalls);
  moveAppend(into.dumpedConcurrency, from.dumpedConcurrency);
  moveAppend(into.exports, from.exports);
  moveAppend(into.mappedTriggers, from.mappedTriggers);
}

} // namespace tl::model
