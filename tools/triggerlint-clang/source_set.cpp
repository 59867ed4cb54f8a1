#include "source_set.h"

namespace tl::clangfe {

bool SourceItem::covers(const SourceItem &o) const {
  if (!prefix)
    return !o.prefix && text == o.text;
  return o.text.compare(0, text.size(), text) == 0 && o.text.size() >= text.size();
}

namespace {

bool coveredBy(const SourceItem &item, const std::set<SourceItem> &items) {
  for (const SourceItem &x : items)
    if (x.covers(item))
      return true;
  return false;
}

// The items matched by both sets: each item that the other set covers.
std::set<SourceItem> intersect(const std::set<SourceItem> &a, const std::set<SourceItem> &b) {
  std::set<SourceItem> out;
  for (const SourceItem &x : a)
    if (coveredBy(x, b))
      out.insert(x);
  for (const SourceItem &x : b)
    if (coveredBy(x, a))
      out.insert(x);
  return out;
}

// `from` without the items `removed` covers. A prefix partly removed stays: over-approximating
// what can reach keeps the rules from missing a path.
std::set<SourceItem> minus(const std::set<SourceItem> &from, const std::set<SourceItem> &removed) {
  std::set<SourceItem> out;
  for (const SourceItem &x : from)
    if (!coveredBy(x, removed))
      out.insert(x);
  return out;
}

std::set<SourceItem> unite(std::set<SourceItem> a, const std::set<SourceItem> &b) {
  a.insert(b.begin(), b.end());
  return a;
}

} // namespace

SourceSet SourceSet::join(const SourceSet &o) const {
  if (kind_ == Kind::Only && o.kind_ == Kind::Only)
    return SourceSet(Kind::Only, unite(items_, o.items_));
  if (kind_ == Kind::AllExcept && o.kind_ == Kind::AllExcept)
    return SourceSet(Kind::AllExcept, intersect(items_, o.items_));
  const SourceSet &only = kind_ == Kind::Only ? *this : o;
  const SourceSet &except = kind_ == Kind::Only ? o : *this;
  return SourceSet(Kind::AllExcept, minus(except.items_, only.items_));
}

SourceSet SourceSet::meet(const SourceSet &o) const {
  if (kind_ == Kind::Only && o.kind_ == Kind::Only)
    return SourceSet(Kind::Only, intersect(items_, o.items_));
  if (kind_ == Kind::AllExcept && o.kind_ == Kind::AllExcept)
    return SourceSet(Kind::AllExcept, unite(items_, o.items_));
  const SourceSet &only = kind_ == Kind::Only ? *this : o;
  const SourceSet &except = kind_ == Kind::Only ? o : *this;
  return SourceSet(Kind::Only, minus(only.items_, except.items_));
}

static std::vector<std::string> texts(const std::set<SourceItem> &items) {
  std::set<std::string> sorted;
  for (const SourceItem &x : items)
    sorted.insert(x.text);
  return {sorted.begin(), sorted.end()};
}

std::vector<std::string> SourceSet::guards() const { return kind_ == Kind::Only ? texts(items_) : std::vector<std::string>{}; }

std::vector<std::string> SourceSet::excluded() const {
  return kind_ == Kind::AllExcept ? texts(items_) : std::vector<std::string>{};
}

} // namespace tl::clangfe
