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
// `.triggerlint-cache` is the facts cache the README suggests keeping in the project.
bool isSkippedDirectory(const std::string &name) {
  static const std::array<std::string_view, 9> skipped = {
      ".git", ".hg", ".svn", "node_modules", ".aws-sam", "__pycache__", ".venv", ".terraform", ".triggerlint-cache"};
  if (std::find(skipped.begin(), skipped.end(), name) != skipped.end())
    return true;
  return name.rfind("build", 0) == 0 || name.rfind("cmake-build", 0) == 0;
}

// A directory that cannot be listed hides whatever it holds, so it is reported, never taken for
// an empty one (which is what skip_permission_denied would make of it).
void walk(const fs::path &dir, std::vector<InputFile> &out) {
  std::error_code ec;
  std::vector<fs::path> files;
  std::vector<fs::path> dirs;
  std::vector<InputFile> unclassified;
  fs::directory_iterator it(dir, ec);
  for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry &entry = *it;
    std::error_code sec;
    if (entry.is_symlink(sec))
      continue;
    // Without d_type the kind comes from stat, which fails on a path longer than PATH_MAX.
    const bool directory = entry.is_directory(sec);
    if (sec) {
      unclassified.push_back(
          {entry.path().generic_string(), false, "cannot tell a file from a directory: " + sec.message()});
      continue;
    }
    if (directory) {
      if (!isSkippedDirectory(entry.path().filename().string()))
        dirs.push_back(entry.path());
    } else if (entry.is_regular_file(sec) &&
               (hasInputExtension(entry.path().string()) || isCppSource(entry.path().string()))) {
      files.push_back(entry.path());
    }
  }
  if (ec)
    out.push_back({dir.generic_string(), false, "cannot read directory: " + ec.message()});
  // Sorted so that output and file order do not depend on the file system.
  std::sort(files.begin(), files.end());
  std::sort(dirs.begin(), dirs.end());
  for (const auto &f : files)
    out.push_back({f.generic_string(), false, {}});
  out.insert(out.end(), unclassified.begin(), unclassified.end());
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
      out.push_back({p, true, {}});
  }
  return out;
}

} // namespace tl::input
