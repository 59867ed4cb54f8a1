#pragma once
#include "engine/finding.h"

#include <ostream>
#include <vector>

namespace tl::report {

/// How text output looks: colour and source excerpts are for terminals only.
struct TextOptions {
  bool color = false;
  bool excerpts = false;
};

/// Clang-style lines: `path:line:col: severity: message [ID name]`, then `note:` lines.
void writeText(std::ostream &out, const std::vector<Finding> &findings, const TextOptions &options);

} // namespace tl::report
