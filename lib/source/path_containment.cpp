#include "source/path_containment.h"

#include <filesystem>

namespace tl {

bool isInsideDirectory(std::string_view path, std::string_view dir) {
  if (dir.empty() || path.size() <= dir.size() || path.substr(0, dir.size()) != dir)
    return false;
  return dir.back() == '/' || path[dir.size()] == '/';
}

std::string absoluteNormalPath(const std::string &path) {
  std::error_code ec;
  std::string out = std::filesystem::absolute(path, ec).lexically_normal().generic_string();
  if (out.size() > 1 && out.back() == '/')
    out.pop_back();
  return out;
}

} // namespace tl
