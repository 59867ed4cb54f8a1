#pragma once
// Finds in-source suppressions in a YAML/JSON document: `# triggerlint: ignore[ID,...]` comments
// (on the line they silence, or alone above it) and template resources'
// `Metadata: {triggerlint: {ignore: [ID, ...]}}` (silencing the whole resource).
#include "document/node.h"
#include "model/model.h"

#include <vector>

namespace tl::input {

/// Adds the document's suppressions to `out`.
void scanSuppressions(const doc::Document &doc, std::vector<model::Suppression> &out);

} // namespace tl::input
