#pragma once
// `--dump-model`: the handlers and their links as JSON, a debugging aid for linking problems
// ("why is my handler not treated as post-authentication code?"). Not a stable interface.
#include "model/model.h"

#include <ostream>

namespace tl::cpp {

void dumpHandlers(std::ostream &out, const model::Model &model);

} // namespace tl::cpp
