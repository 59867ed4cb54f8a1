// libFuzzer target for the YAML and JSON readers: the first byte picks the reader. Checks that
// the tree is acyclic, every node and problem has a position, and duplicate keys are real.
#include "document/node.h"

#include <cstdint>
#include <cstdlib>

namespace {

void walk(const tl::doc::Node *n, int depth) {
  if (depth > 10000 || n->line == 0 || n->column == 0)
    std::abort();
  for (const auto &e : n->entries()) {
    if (!e.key || !e.value)
      std::abort();
    walk(e.key, depth + 1);
    walk(e.value, depth + 1);
  }
  for (const auto *item : n->items()) {
    if (!item)
      std::abort();
    walk(item, depth + 1);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  tl::doc::ReadLimits limits;
  limits.maxNodes = 100000;
  tl::doc::Document doc;
  doc.text.assign(reinterpret_cast<const char *>(data) + 1, size - 1);
  if (data[0] & 1)
    tl::doc::readJson(doc, limits);
  else
    tl::doc::readYaml(doc, limits);
  if (doc.root && doc.problems.empty())
    walk(doc.root, 0);
  for (const auto &p : doc.problems)
    if (p.line == 0 || p.column == 0 || p.message.empty())
      std::abort();
  for (const auto &d : doc.duplicates)
    if (!d.first || !d.second || d.first->value != d.second->value)
      std::abort();
  return 0;
}
