#include "input_components.h"

#include <algorithm>
#include <functional>
#include <string>

namespace tl {

size_t ComponentBuilder::find(size_t file) {
  while (parent_[file] != file) {
    parent_[file] = parent_[parent_[file]]; // path halving keeps every find near constant time
    file = parent_[file];
  }
  return file;
}

// The smaller index becomes the root, so a component's root is its first file.
void ComponentBuilder::unite(size_t a, size_t b) {
  a = find(a);
  b = find(b);
  if (a == b)
    return;
  if (b < a)
    std::swap(a, b);
  parent_[b] = a;
}

void ComponentBuilder::add(size_t file, const JoinKeys &keys) {
  parent_.push_back(file);
  for (const std::string &key : keys.keys) {
    auto [it, added] = firstWithKey_.emplace(std::hash<std::string>{}(key), file);
    if (!added)
      unite(it->second, file);
  }
  if (keys.dump || keys.cppSource)
    anchored_.push_back(file);
  if (keys.declares)
    declaring_.push_back(file);
  if (keys.hasCode)
    withCode_.push_back(file);
  if (keys.anyExport)
    exporting_.push_back(file);
  if (keys.poolTriggers)
    triggering_.push_back(file);
  if (keys.anyFunctionPermission)
    anyFunction_.push_back(file);
  anyDump_ |= keys.dump;
  anyCpp_ |= keys.cppSource;
  anyWildcard_ |= keys.wildcardExport;
}

std::vector<InputComponent> ComponentBuilder::finish() {
  auto uniteAll = [this](const std::vector<size_t> &files, size_t with) {
    for (size_t f : files)
      unite(f, with);
  };
  if (!anchored_.empty()) {
    uniteAll(anchored_, anchored_.front());
    if (anyDump_)
      uniteAll(declaring_, anchored_.front());
    if (anyCpp_)
      uniteAll(withCode_, anchored_.front());
  }
  if (anyWildcard_ && !exporting_.empty())
    uniteAll(exporting_, exporting_.front());
  if (!anyFunction_.empty()) {
    uniteAll(anyFunction_, anyFunction_.front());
    uniteAll(triggering_, anyFunction_.front());
  }

  std::vector<InputComponent> components;
  std::vector<size_t> componentOfRoot(parent_.size(), SIZE_MAX);
  for (size_t f = 0; f < parent_.size(); ++f) {
    size_t root = find(f);
    if (componentOfRoot[root] == SIZE_MAX) {
      componentOfRoot[root] = components.size();
      components.emplace_back();
    }
    components[componentOfRoot[root]].files.push_back(f);
  }
  if (!anchored_.empty()) {
    size_t anchor = componentOfRoot[find(anchored_.front())];
    components[anchor].anchor = true;
    std::rotate(components.begin(), components.begin() + anchor, components.begin() + anchor + 1);
  }
  return components;
}

} // namespace tl
