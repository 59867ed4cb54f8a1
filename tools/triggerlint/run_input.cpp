#include "run_input.h"

#include "huge_page_heap.h"
#include "input/cpp_screening.h"

#include <new>

namespace tl {

input::LoadOutcome readRunInput(const RunInput &in, model::Model &model, bool *plainCpp) {
  try {
    return in.cpp ? input::screenCppInput(*in.file, in.mapped, model, plainCpp) : input::loadInput(*in.file, model);
  } catch (const std::bad_alloc &) {
    stopPaddingHeap();
    model.problems.push_back(
        {Location{in.file->path, 0, 0}, "out of memory while reading this file; it was not linted", true});
    return {input::LoadOutcome::Kind::Problem, "out of memory"};
  }
}

} // namespace tl
