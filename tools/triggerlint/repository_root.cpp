#include "repository_root.h"

#include "source/path_containment.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace tl {
namespace {

template <typename IsRoot> std::string nearestAbove(const std::string &dir, IsRoot isRoot) {
  fs::path at(absoluteNormalPath(dir));
  for (int depth = 0; depth < 256 && !at.empty(); ++depth) {
    if (isRoot(at))
      return at.string();
    if (at == at.parent_path())
      break;
    at = at.parent_path();
  }
  return "";
}

bool holdsGit(const fs::path &at) {
  std::error_code ec;
  return fs::exists(at / ".git", ec);
}

} // namespace

std::string repositoryRoot(const std::string &dir) {
  return nearestAbove(dir, [](const fs::path &at) {
    std::error_code ec;
    return holdsGit(at) || fs::is_regular_file(at / ".triggerlint.yaml", ec) ||
           fs::is_regular_file(at / ".triggerlint.yml", ec);
  });
}

std::string gitTopLevel(const std::string &dir) { return nearestAbove(dir, holdsGit); }

} // namespace tl
