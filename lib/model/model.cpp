#include "model/model.h"

namespace tl::model {
namespace {

template <typename T>
const T *lookup(const std::vector<T> &items, std::unordered_map<std::string, size_t> &index, size_t &indexed,
                const std::string &key) {
  if (indexed != items.size()) {
    index.clear();
    for (size_t i = 0; i < items.size(); ++i)
      index.emplace(items[i].key, i);
    indexed = items.size();
  }
  auto it = index.find(key);
  return it == index.end() ? nullptr : &items[it->second];
}

} // namespace

const Function *Model::findFunction(const std::string &key) const {
  return lookup(functions, lookups_.functionIndex, lookups_.indexedFunctions, key);
}

const UserPool *Model::findPool(const std::string &key) const {
  return lookup(pools, lookups_.poolIndex, lookups_.indexedPools, key);
}

} // namespace tl::model
