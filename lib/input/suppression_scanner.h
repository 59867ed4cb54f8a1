#pragma once
// Finds in-source suppressions in a YAML/JSON document: `# triggerlint: ignore[ID,...]` comments
// (on the line they silence, or alone above it) and template resources'
// `Metadata: {triggerlint: {ignore: [ID, ...]}}` (silencing the whole resource).
#include "document/node.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace tl::input {

/// Adds the document's suppressions to `out`.
void scanSuppressions(const doc::Document &doc, std::vector<model::Suppression> &out);

/// Adds the suppressions of a C++ source to `out`: `// triggerlint: ignore[ID,...]` on the line
/// it silences or alone above it. `//` inside string and character literals is not a comment
/// (approximately: raw strings and multi-line block comments are not tracked).
void scanCppSuppressions(const std::string &path, const std::string &text, std::vector<model::Suppression> &out);

/// Adds the suppressions of a Terraform file to `out`: `# triggerlint: ignore[ID,...]` (or `//`)
/// on the line it silences or alone above it.
void scanHclSuppressions(const std::string &path, const std::string &text, std::vector<model::Suppression> &out);

} // namespace tl::input
