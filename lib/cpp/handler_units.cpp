#include "cpp/handler_units.h"
#include "source/path_containment.h"

#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace tl::cpp {
namespace {

bool hasWildcard(const std::string &component) { return component.find_first_of("*?[{") != std::string::npos; }

/// The deepest of `dirs` holding `file`, or "".
std::string deepestHolding(const std::string &file, const std::vector<std::string> &dirs) {
  std::string best;
  for (const auto &d : dirs)
    if (isInsideDirectory(file, d) && d.size() > best.size())
      best = d;
  return best;
}

/// The nearest directory from the file's own up to `root` that holds a CMakeLists.txt: a CMake
/// project directory is one program however its sources are spread over subdirectories.
std::string cmakeProject(const std::string &file, const std::string &root) {
  fs::path dir = fs::path(file).parent_path();
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    std::error_code ec;
    if (fs::is_regular_file(dir / "CMakeLists.txt", ec))
      return dir.generic_string();
    if (root.empty() || dir.generic_string() == root || !isInsideDirectory(dir.generic_string(), root))
      break;
    dir = dir.parent_path();
  }
  return "";
}

} // namespace

std::string mappingDirectory(const config::ConfigFile &config, const config::HandlerMapping &mapping) {
  std::error_code ec;
  fs::path dir = fs::absolute(config.path, ec).parent_path();
  fs::path glob(mapping.glob);
  if (glob.is_absolute())
    dir = glob.root_path();
  std::vector<std::string> parts;
  for (const auto &p : glob.relative_path())
    parts.push_back(p.generic_string());
  if (parts.empty())
    return "";
  // The last component names files; a wildcard before it spans directories.
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    if (hasWildcard(parts[i]))
      return "";
    dir /= parts[i];
  }
  if (parts.back().find("**") != std::string::npos)
    return "";
  return absoluteNormalPath(dir.string());
}

UnitHints unitHintsFor(const model::Model &model, const config::ConfigFile &config,
                       const std::vector<std::string> &paths) {
  UnitHints hints;
  for (const auto &fn : model.functions)
    if (!fn.codeDir.empty())
      hints.codeDirs.push_back(fn.codeDir);
  for (const auto &m : config.handlers)
    hints.mappingDirs.push_back(mappingDirectory(config, m));
  hints.roots = paths;
  return hints;
}

std::vector<HandlerUnit> groupHandlerUnits(const std::vector<CppSource> &sources, const UnitHints &hints) {
  std::vector<std::string> codeDirs, mappingDirs, roots;
  for (const auto &d : hints.codeDirs)
    if (!d.empty())
      codeDirs.push_back(absoluteNormalPath(d));
  for (const auto &d : hints.mappingDirs)
    if (!d.empty())
      mappingDirs.push_back(absoluteNormalPath(d));
  for (const auto &r : hints.roots)
    roots.push_back(absoluteNormalPath(r));

  std::vector<HandlerUnit> units;
  std::vector<bool> hasCandidate;
  std::map<std::string, size_t> byDir;
  for (const auto &source : sources) {
    const std::string file = absoluteNormalPath(source.path);
    std::string dir = deepestHolding(file, codeDirs);
    if (dir.empty())
      dir = deepestHolding(file, mappingDirs);
    if (dir.empty())
      dir = cmakeProject(file, deepestHolding(file, roots));
    if (dir.empty())
      dir = fs::path(file).parent_path().generic_string();
    auto [it, added] = byDir.emplace(dir, units.size());
    if (added) {
      units.push_back({dir, {}});
      hasCandidate.push_back(false);
    }
    units[it->second].files.push_back(source.path);
    if (source.candidate)
      hasCandidate[it->second] = true;
  }
  std::vector<HandlerUnit> out;
  for (size_t i = 0; i < units.size(); ++i)
    if (hasCandidate[i])
      out.push_back(std::move(units[i]));
  return out;
}

} // namespace tl::cpp
