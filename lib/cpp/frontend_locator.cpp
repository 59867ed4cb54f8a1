#include "cpp/frontend_locator.h"

#include "process/process_runner.h"

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace fs = std::filesystem;

namespace tl::cpp {

std::string findFrontend(std::string_view argv0) {
  if (const char *env = std::getenv("TRIGGERLINT_CLANG"); env && *env)
    return env; // taken as given: a wrong path is reported when it fails to start
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0.find('/') != std::string_view::npos) {
    self = fs::absolute(fs::path(argv0), ec);
  }
  if (!ec) {
    fs::path dir = self.parent_path();
    for (const fs::path &candidate :
         {dir / "tools" / "triggerlint-clang" / "triggerlint-clang", dir / "triggerlint-clang"})
      if (process::isExecutable(candidate))
        return candidate.string();
  }
  if (const char *path = std::getenv("PATH")) {
    std::string_view rest = path;
    while (!rest.empty()) {
      size_t colon = rest.find(':');
      std::string_view dir = rest.substr(0, colon);
      rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
      if (dir.empty())
        continue;
      fs::path candidate = fs::path(dir) / "triggerlint-clang";
      if (process::isExecutable(candidate))
        return candidate.string();
    }
  }
  return "";
}

} // namespace tl::cpp
