#pragma once
// Decides which C++ sources go to the Clang frontend: only those that can be trigger handlers
// (DESIGN.md §5). Reads the file with the usual limits and records its suppressions.
#include "input/discovery.h"
#include "input/loader.h"
#include "model/model.h"

namespace tl::input {

/// Screens one C++ source. Loaded: a handler candidate (its `// triggerlint: ignore[...]`
/// comments are added to the model); Skipped: no handler markers, none in the local headers it
/// includes (header_markers.h), and not `mapped` by a config
/// `handlers:` glob; Problem: unreadable, binary, or UTF-16/UTF-32 that may hold a handler (TL000
/// in the model). `plainSource` is set for a Skipped file that is readable C++ all the same: it is
/// parsed when another translation unit of its function holds a handler.
LoadOutcome screenCppInput(const InputFile &file, bool mapped, model::Model &model, bool *plainSource = nullptr);

/// Adds the `// triggerlint: ignore[...]` comments of a plain source that is parsed with its
/// function's handler after all.
void addCppSuppressions(const std::string &path, model::Model &model);

} // namespace tl::input
