#pragma once
// triggerlint-clang speaks JSON, which holds UTF-8 only: a file name with other bytes (Latin-1
// 0xE9) comes back with U+FFFD in their place. The names given to it are known, so the bytes
// can be put back and the file's facts and problems stay on the file as the user named it.
#include "model/handler_json.h"

#include <string>
#include <vector>

namespace tl::cpp {

/// Puts the names of `batch` back wherever the frontend's answer spells one as JSON does.
void restoreFileNames(std::vector<model::HandlerFile> &files, const std::vector<std::string> &batch);

} // namespace tl::cpp
