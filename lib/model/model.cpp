#include "model/model.h"

namespace tl::model {

const Function *Model::findFunction(const std::string &key) const {
  for (const auto &f : functions)
    if (f.key == key)
      return &f;
  return nullptr;
}

const UserPool *Model::findPool(const std::string &key) const {
  for (const auto &p : pools)
    if (p.key == key)
      return &p;
  return nullptr;
}

} // namespace tl::model
