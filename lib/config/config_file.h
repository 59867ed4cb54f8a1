#pragma once
// `.triggerlint.yaml`: the project's settings, found from the current directory upwards
// (or named with --config). Command-line options win over it.
#include "engine/finding.h"
#include "source/location.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tl::config {

/// One `handlers:` entry: C++ sources matching `glob` (relative to the config file's directory)
/// serve `triggers`. Trigger names are kept as written; the rules judge them.
struct HandlerMapping {
  std::string glob;
  std::vector<std::string> triggers;
  Location loc;                      // the entry in the config file
  std::vector<Location> triggerLocs; // where each of `triggers` is written
};

/// The settings a config file can hold.
struct ConfigFile {
  std::string path;                          // "" when no file was found
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;  // rule id or name -> severity
  std::map<std::string, Location> ruleLocs;  // where a select, ignore or severity entry is first written
  std::vector<std::string> exclude;          // globs, relative to the config file's directory
  std::optional<std::string> failOn;
  std::vector<HandlerMapping> handlers;
  std::optional<std::string> compileCommands; // directory of compile_commands.json, resolved
                                              // against the config file's directory
  std::optional<std::string> baseline;        // baseline file (--baseline), resolved against the
                                              // config file's directory
  std::optional<std::string> cacheDir;        // handler facts cache (--cache-dir), resolved against
                                              // the config file's directory
};

/// The result of reading a config file: settings, or the first error with its position.
struct ConfigResult {
  ConfigFile config;
  std::string error; // "path:line:col: message"; empty when fine
};

/// Looks for `.triggerlint.yaml` (or `.triggerlint.yml`) in `startDir` and its parents.
std::optional<std::string> findConfigFile(const std::string &startDir);

/// Reads and validates a config file. Unknown keys and bad values are errors: a typo in a
/// config file must not silently turn a rule off or on.
ConfigResult readConfigFile(const std::string &path);

/// The same for a config file's content already in memory; `path` names it in errors and
/// anchors its relative paths.
ConfigResult readConfigText(const std::string &path, std::string text);

/// True when `file` (as given on the command line or found by walking) matches an exclude glob.
bool isExcluded(const ConfigFile &config, const std::string &file);

/// The `handlers:` entries whose glob matches `file`, in config order.
std::vector<const HandlerMapping *> handlerMappingsFor(const ConfigFile &config, const std::string &file);

} // namespace tl::config
