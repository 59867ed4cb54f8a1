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

InputComponents ComponentBuilder::finish() {
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

  // Each file's root, then the components ordered by their first file (the root: unite keeps
  // the smaller index), the anchor's first, laid out in one list.
  const size_t n = parent_.size();
  const size_t anchorRoot = anchored_.empty() ? SIZE_MAX : find(anchored_.front());
  std::vector<size_t> next(n, 0); // per root: its file count, then where its next file goes
  size_t roots = 0;
  for (size_t f = 0; f < n; ++f) {
    parent_[f] = find(f); // straight to the root, for the layout below
    ++next[parent_[f]];
    roots += parent_[f] == f;
  }
  InputComponents out;
  out.ends_.reserve(roots);
  out.anchored_ = anchorRoot != SIZE_MAX;
  size_t offset = 0;
  auto place = [&](size_t root) {
    const size_t count = next[root];
    next[root] = offset;
    offset += count;
    out.ends_.push_back(offset);
  };
  if (out.anchored_)
    place(anchorRoot);
  for (size_t f = 0; f < n; ++f)
    if (parent_[f] == f && f != anchorRoot)
      place(f);
  out.files_.resize(n);
  for (size_t f = 0; f < n; ++f)
    out.files_[next[parent_[f]]++] = f;
  if (out.ends_.empty())
    out.ends_.push_back(0);
  *this = ComponentBuilder(); // the keys and lists are done with: pass 2 does not hold them
  return out;
}

} // namespace tl
