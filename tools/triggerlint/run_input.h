#pragma once
// Reading one input file of a lint run into a model, the same way in both passes.
#include "input/discovery.h"
#include "input/file_stamp.h"
#include "input/loader.h"
#include "model/model.h"

#include <cstdint>
#include <string>

namespace tl {

/// One file of the run and how it is read.
struct RunInput {
  const input::InputFile *file = nullptr; // in the run's list of discovered files
  bool cpp = false;    // a C++ source (screened for handlers, not parsed here)
  bool mapped = false; // a `handlers:` entry of the config names it
  // Taken before pass 1 read the file, when its model was not kept; pass 2 compares it.
  FileStamp stamp;
};

/// Reads `in` into `model`; `plainCpp` as input::screenCppInput sets it. Out of memory on one file
/// (a huge template, or many under a memory limit) costs that file, not the run: its parse tree is
/// freed on the way out, and the file counts as unread (exit status 2).
input::LoadOutcome readRunInput(const RunInput &in, model::Model &model, bool *plainCpp);

} // namespace tl
