#pragma once
// Shared by the dump frontends; not part of the library's interface.
#include "document/node.h"
#include "model/model.h"

#include <string>

namespace tl::awsjson::detail {

inline Location at(const doc::Document &doc, const doc::Node *node) {
  return node ? Location{doc.path, node->line, node->column} : Location{doc.path, 0, 0};
}

/// The scalar text of `node`, or "" when it is not a scalar.
inline std::string text(const doc::Node *node) {
  return node && node->isScalar() ? std::string(node->value) : std::string();
}

/// A candidate holding what the dump says at `node`.
inline model::Candidate dumped(const doc::Document &doc, const doc::Node *node) {
  model::Candidate c;
  c.value = std::string(node->value);
  c.loc = at(doc, node);
  c.origin = model::Origin::Dump;
  return c;
}

/// A target holding an ARN the dump prints at `node` (trigger ARNs, policy resources), with its
/// qualifier when it names a function version or alias.
model::Target dumpedArn(const doc::Document &doc, const doc::Node *node);

bool isUserPoolDump(const doc::Node &object);
bool isFunctionDump(const doc::Node &object);
bool isPolicyDump(const doc::Node &object);
bool isCollectError(const doc::Node &object);
/// get-function-concurrency output does not name its function: only a file named by
/// dumpFileName("get-function-concurrency", name) is one.
bool isConcurrencyDump(const doc::Document &doc);
void loadUserPools(const doc::Document &doc, const doc::Node &object, model::Model &model);
void loadFunction(const doc::Document &doc, const doc::Node &object, model::Model &model);
void loadPolicy(const doc::Document &doc, const doc::Node &object, model::Model &model);
void loadCollectError(const doc::Document &doc, const doc::Node &object, model::Model &model);
void loadConcurrency(const doc::Document &doc, model::Model &model);

} // namespace tl::awsjson::detail
