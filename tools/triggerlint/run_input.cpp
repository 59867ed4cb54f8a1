#include "run_input.h"

#include "huge_page_heap.h"
#include "input/cpp_screening.h"

#include <new>
#include <sys/stat.h>

namespace tl {

FileStamp stampOf(const std::string &path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return {};
  return {static_cast<int64_t>(st.st_size),
          static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

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
