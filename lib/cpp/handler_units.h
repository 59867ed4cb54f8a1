#pragma once
// The unit of C++ analysis is a function's code, not a file (issue 9, DESIGN.md §2 "C++
// analysis"): every translation unit of the function's directory goes to the frontend together,
// so that a helper in another .cpp is seen from the handler that calls it.
#include "config/config_file.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace tl::cpp {

/// One C++ translation unit the run found, and whether its text may hold a handler.
struct CppSource {
  std::string path;       // as the run names it
  bool candidate = false; // handler markers, a config mapping or named on the command line
};

/// The translation units of one function's code, in the run's file order.
struct HandlerUnit {
  std::string dir; // the function directory, absolute and normalised
  std::vector<std::string> files;
};

/// Where units come from, strongest first: template functions' code directories (SAM CodeUri,
/// Code, Metadata), the directories `handlers:` globs name, and the paths of the run (a walked
/// directory bounds the search for a CMakeLists.txt).
struct UnitHints {
  std::vector<std::string> codeDirs;
  std::vector<std::string> mappingDirs;
  std::vector<std::string> roots;
};

/// The directory a `handlers:` glob names: its components before the first wildcard, under the
/// config file's directory; "" when the glob can match in more than one directory tree
/// (`**/x.cpp`, `*/main.cpp`).
std::string mappingDirectory(const config::ConfigFile &config, const config::HandlerMapping &mapping);

/// The hints of a run: its template functions, its config's mappings and its command-line paths.
UnitHints unitHintsFor(const model::Model &model, const config::ConfigFile &config,
                       const std::vector<std::string> &paths);

/// Groups `sources` into units: a source belongs to the deepest code directory holding it, else
/// to the directory of a mapping holding it, else to its nearest ancestor (up to the run path it
/// was found under) with a CMakeLists.txt, else to its own directory. Only units with a candidate
/// are returned, in the order of their first source.
std::vector<HandlerUnit> groupHandlerUnits(const std::vector<CppSource> &sources, const UnitHints &hints);

} // namespace tl::cpp
