#include "awsjson/dump_frontend.h"

#include "awsjson/dump_internal.h"
#include "model/arn.h"

#include <vector>

namespace tl::awsjson {
namespace {

bool isDumpObject(const doc::Node &node) {
  return node.isMapping() && (detail::isUserPoolDump(node) || detail::isFunctionDump(node) ||
                              detail::isPolicyDump(node) || detail::isCollectError(node));
}

void loadObject(const doc::Document &doc, const doc::Node &node, model::Model &model) {
  if (detail::isUserPoolDump(node))
    detail::loadUserPools(doc, node, model);
  else if (detail::isFunctionDump(node))
    detail::loadFunction(doc, node, model);
  else if (detail::isPolicyDump(node))
    detail::loadPolicy(doc, node, model);
  else if (detail::isCollectError(node))
    detail::loadCollectError(doc, node, model);
}

} // namespace

namespace detail {
model::Target dumpedArn(const doc::Document &doc, const doc::Node *node) {
  model::Target t;
  t.form = model::Target::Form::Literal;
  t.literal = node->value;
  t.loc = at(doc, node);
  t.origin = model::Origin::Dump;
  if (std::optional<model::FunctionArn> arn = model::FunctionArn::parse(t.literal))
    t.qualifier = arn->qualifier;
  return t;
}
} // namespace detail

bool isDump(const doc::Document &doc) {
  if (!doc.root)
    return false;
  if (detail::isConcurrencyDump(doc))
    return true;
  const doc::Node &root = *doc.root;
  if (root.isMapping())
    return isDumpObject(root);
  if (!root.isSequence() || root.items().empty())
    return false;
  for (const doc::Node *item : root.items())
    if (!item || !isDumpObject(*item))
      return false;
  return true;
}

void loadDump(const doc::Document &doc, model::Model &model) {
  if (!doc.root)
    return;
  if (detail::isConcurrencyDump(doc))
    detail::loadConcurrency(doc, model);
  else if (doc.root->isMapping())
    loadObject(doc, *doc.root, model);
  else if (doc.root->isSequence())
    for (const doc::Node *item : doc.root->items())
      loadObject(doc, *item, model);
}

} // namespace tl::awsjson
