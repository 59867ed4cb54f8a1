#include "input/discovery.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace tl::input {
namespace {

// Folders that hold copies or generated files, never the source of truth. `.aws-sam` holds
// SAM's build copies of the template: linting them would double every finding.
bool isSkippedDirectory(const std::string &name) {
  static const std::array<std::string_view, 8> skipped = {
      ".git", ".hg", ".svn", "node_modules", ".aws-sam", "__pycache__", ".venv", ".terraform"};
  if (std::find(skipped.begin(), skipped.end(), name) != skipped.end())
    return true;
  return name.rfind("build", 0) == 0 || name.rfind("cmake-build", 0) == 0;
}

void walk(const fs::path &dir, std::vector<InputFile> &out) {
  std::error_code ec;
  std::vector<fs::path> files;
  std::vector<fs::path> dirs;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    const fs::directory_entry &entry = *it;
    std::error_code sec;
    if (entry.is_symlink(sec))
      continue;
    if (entry.is_directory(sec)) {
      if (!isSkippedDirectory(entry.path().filename().string()))
        dirs.push_back(entry.path());
    } else if (entry.is_regular_file(sec) &&
               (hasInputExtension(entry.path().string()) || isCppSource(entry.path().string()))) {
      files.push_back(entry.path());
    }
  }
  // Sorted so that output and file order do not depend on the file system.
  std::sort(files.begin(), files.end());
  std::sort(dirs.begin(), dirs.end());
  for (const auto &f : files)
    out.push_back({f.generic_string(), false});
  for (const auto &d : dirs)
    walk(d, out);
}

} // namespace

namespace {
std::string lowerExtension(const std::string &path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}
} // namespace

// Templates and dumps are YAML or JSON; anything else in a walked tree is not ours.
bool hasInputExtension(const std::string &path) {
  std::string ext = lowerExtension(path);
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template";
}

bool isCppSource(const std::string &path) {
  std::string ext = lowerExtension(path);
  return ext == ".cpp" || ext == ".cc" || ext == ".cxx";
}

std::vector<InputFile> discoverInputs(const std::vector<std::string> &paths) {
  std::vector<InputFile> out;
  for (const auto &p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec))
      walk(fs::path(p), out);
    else
      out.push_back({p, true});
  }
  return out;
}

} // namespace tl::input
