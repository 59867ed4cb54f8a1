#pragma once
// Reads one input file, picks the parser by content, classifies the document and hands it to
// the frontend that knows its format. Problems become model::InputProblem (TL000).
#include "input/discovery.h"
#include "model/model.h"

#include <string>

namespace tl::input {

/// What happened to one file.
struct LoadOutcome {
  enum class Kind { Loaded, Skipped, Problem } kind = Kind::Skipped;
  std::string reason; // for Skipped: why it is not an input we lint
};

/// Loads `file` into `model`; a directory the walk could not list is reported here too.
LoadOutcome loadInput(const InputFile &file, model::Model &model);

} // namespace tl::input
