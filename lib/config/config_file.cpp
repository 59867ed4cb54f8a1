#include "config/config_file.h"

#include "document/node.h"
#include "input/file_reader.h"
#include "source/text_list.h"

#include <algorithm>
#include <filesystem>
#include <fnmatch.h>

namespace fs = std::filesystem;

namespace tl::config {
namespace {

std::string at(const std::string &path, const doc::Node &node, const std::string &message) {
  return path + ":" + std::to_string(node.line) + ":" + std::to_string(node.column) + ": " + message;
}

// A list may be written as a YAML sequence or as one comma-separated string. `locs`, when given,
// learns where each item is written (the whole string for a comma-separated one).
bool readList(const std::string &path, const doc::Node &node, std::vector<std::string> &out, std::string &error,
              std::map<std::string, Location> *locs = nullptr) {
  auto remember = [&](const std::string &item, const doc::Node &at) {
    if (locs)
      locs->try_emplace(item, Location{path, at.line, at.column});
  };
  if (node.isScalar()) {
    for (auto &item : splitList(node.value)) {
      remember(item, node);
      out.push_back(std::move(item));
    }
    return true;
  }
  if (!node.isSequence()) {
    error = at(path, node, "expected a list");
    return false;
  }
  for (const doc::Node *item : node.items()) {
    if (!item->isScalar()) {
      error = at(path, *item, "expected a string");
      return false;
    }
    out.emplace_back(item->value);
    remember(out.back(), *item);
  }
  return true;
}

bool readSeverities(const std::string &path, const doc::Node &node, std::map<std::string, Severity> &out,
                    std::string &error, std::map<std::string, Location> &locs) {
  if (!node.isMapping()) {
    error = at(path, node, "expected a mapping of rule to severity");
    return false;
  }
  for (const auto &e : node.entries()) {
    Severity s;
    if (!e.value->isScalar() || !parseSeverity(e.value->value, s)) {
      error = at(path, *e.value, "expected error, warning or note");
      return false;
    }
    out[std::string(e.key->value)] = s;
    locs.try_emplace(std::string(e.key->value), Location{path, e.key->line, e.key->column});
  }
  return true;
}

// A trigger list: one name, a comma-separated string or a sequence of names; never empty. Each
// name's location is its sequence item, or the whole string for a comma-separated one.
bool readTriggers(const std::string &path, const doc::Node &node, HandlerMapping &m, std::string &error) {
  if (node.isMapping() || !readList(path, node, m.triggers, error)) {
    error = at(path, node, "expected a trigger name or a list of trigger names");
    return false;
  }
  if (m.triggers.empty() ||
      std::any_of(m.triggers.begin(), m.triggers.end(), [](const std::string &t) { return t.empty(); })) {
    error = at(path, node, "expected a trigger name or a list of trigger names");
    return false;
  }
  for (size_t i = 0; i < m.triggers.size(); ++i) {
    const doc::Node *item = node.isSequence() && i < node.items().size() ? node.items()[i] : &node;
    m.triggerLocs.push_back(Location{path, item->line, item->column});
  }
  return true;
}

bool readGlob(const std::string &path, const doc::Node &node, std::string &out, std::string &error) {
  if (!node.isScalar() || node.value.empty()) {
    error = at(path, node, "expected a glob such as 'src/post_auth/*.cpp'");
    return false;
  }
  out = node.value;
  return true;
}

// `handlers:` is a list of {glob, trigger} entries, or the short form: a mapping of glob to
// trigger name(s).
bool readHandlers(const std::string &path, const doc::Node &node, std::vector<HandlerMapping> &out,
                  std::string &error) {
  if (node.isMapping()) {
    for (const auto &e : node.entries()) {
      HandlerMapping m;
      m.loc = Location{path, e.key->line, e.key->column};
      if (!readGlob(path, *e.key, m.glob, error) || !readTriggers(path, *e.value, m, error))
        return false;
      out.push_back(std::move(m));
    }
    return true;
  }
  if (!node.isSequence()) {
    error = at(path, node, "expected a list of {glob, trigger} entries or a mapping of glob to trigger");
    return false;
  }
  for (const doc::Node *item : node.items()) {
    if (!item->isMapping()) {
      error = at(path, *item, "expected a mapping with 'glob' and 'trigger'");
      return false;
    }
    HandlerMapping m;
    m.loc = Location{path, item->line, item->column};
    bool hasGlob = false, hasTrigger = false;
    for (const auto &e : item->entries()) {
      if (e.key->value == "glob") {
        hasGlob = true;
        if (!readGlob(path, *e.value, m.glob, error))
          return false;
      } else if (e.key->value == "trigger" || e.key->value == "triggers") {
        hasTrigger = true;
        if (!readTriggers(path, *e.value, m, error))
          return false;
      } else {
        error = at(path, *e.key,
                   "unknown key '" + std::string(e.key->value) + "' in a handlers entry (known: glob, trigger)");
        return false;
      }
    }
    if (!hasGlob || !hasTrigger) {
      error = at(path, *item, hasGlob ? "handlers entry without 'trigger'" : "handlers entry without 'glob'");
      return false;
    }
    out.push_back(std::move(m));
  }
  return true;
}

// Paths in the config file are relative to its directory, not to where triggerlint runs.
fs::path configDirectory(const ConfigFile &config) {
  std::error_code ec;
  return fs::absolute(config.path, ec).parent_path().lexically_normal();
}

/// A path setting, resolved against the config file's directory.
bool readPath(const std::string &path, const doc::Node &value, const ConfigFile &c, const char *expected,
              std::optional<std::string> &out, std::string &error) {
  if (!value.isScalar() || value.value.empty()) {
    error = at(path, value, expected);
    return false;
  }
  fs::path p(value.value);
  if (p.is_relative())
    p = configDirectory(c) / p;
  out = p.lexically_normal().string();
  return true;
}

bool matchesGlob(const fs::path &base, const std::string &glob, const std::string &file) {
  std::error_code ec;
  std::string relative = fs::absolute(file, ec).lexically_normal().lexically_relative(base).generic_string();
  // Without FNM_PATHNAME `*` also crosses `/`, so `legacy/*` matches a whole tree.
  return fnmatch(glob.c_str(), relative.c_str(), 0) == 0 || fnmatch(glob.c_str(), file.c_str(), 0) == 0;
}

} // namespace

std::optional<std::string> findConfigFile(const std::string &startDir) {
  std::error_code ec;
  fs::path dir = fs::absolute(startDir, ec).lexically_normal();
  for (int depth = 0; !ec && depth < 256; ++depth) {
    for (const char *name : {".triggerlint.yaml", ".triggerlint.yml"}) {
      fs::path candidate = dir / name;
      std::error_code missing;
      if (fs::is_regular_file(candidate, missing))
        return candidate.string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir)
      break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

ConfigResult readConfigFile(const std::string &path) {
  ConfigResult result;
  result.config.path = path;
  auto content = input::readFile(path, 1u << 20);
  if (!content.ok) {
    result.error = path + ": cannot read config file: " + content.error;
    return result;
  }
  return readConfigText(path, std::move(content.text));
}

ConfigResult readConfigText(const std::string &path, std::string text) {
  ConfigResult result;
  result.config.path = path;
  doc::Document doc;
  doc.path = path;
  doc.text = std::move(text);
  doc::readYaml(doc);
  if (!doc.problems.empty()) {
    const auto &p = doc.problems.front();
    result.error = path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message;
    return result;
  }
  if (!doc.root)
    return result; // an empty config file is a valid one
  if (!doc.root->isMapping()) {
    result.error = at(path, *doc.root, "expected a mapping of settings");
    return result;
  }
  ConfigFile &c = result.config;
  std::string &error = result.error;
  for (const auto &e : doc.root->entries()) {
    const std::string key(e.key->value);
    const doc::Node &value = *e.value;
    bool ok = true;
    if (key == "select")
      ok = readList(path, value, c.select, error, &c.ruleLocs);
    else if (key == "ignore")
      ok = readList(path, value, c.ignore, error, &c.ruleLocs);
    else if (key == "exclude")
      ok = readList(path, value, c.exclude, error);
    else if (key == "severity")
      ok = readSeverities(path, value, c.severity, error, c.ruleLocs);
    else if (key == "fail-on") {
      Severity ignored;
      if (!value.isScalar() || (value.value != "none" && !parseSeverity(value.value, ignored))) {
        error = at(path, value, "expected error, warning, note or none");
        ok = false;
      } else {
        c.failOn = value.value;
      }
    }
    else if (key == "handlers")
      ok = readHandlers(path, value, c.handlers, error);
    else if (key == "compile-commands")
      ok = readPath(path, value, c, "expected the directory holding compile_commands.json", c.compileCommands, error);
    else if (key == "cache-dir")
      ok = readPath(path, value, c, "expected the directory of the handler facts cache (like --cache-dir)", c.cacheDir,
                    error);
    else if (key == "baseline")
      ok = readPath(path, value, c, "expected the path of a baseline file (written by --write-baseline)", c.baseline,
                    error);
    else {
      error = at(
          path, *e.key,
          "unknown setting '" + key +
              "' (known: select, ignore, severity, exclude, fail-on, handlers, compile-commands, baseline, cache-dir)");
      ok = false;
    }
    if (!ok)
      return result;
  }
  return result;
}

bool isExcluded(const ConfigFile &config, const std::string &file) {
  if (config.exclude.empty())
    return false;
  fs::path base = configDirectory(config);
  for (const auto &glob : config.exclude)
    if (matchesGlob(base, glob, file))
      return true;
  return false;
}

std::vector<const HandlerMapping *> handlerMappingsFor(const ConfigFile &config, const std::string &file) {
  std::vector<const HandlerMapping *> out;
  if (config.handlers.empty())
    return out;
  fs::path base = configDirectory(config);
  for (const auto &m : config.handlers)
    if (matchesGlob(base, m.glob, file))
      out.push_back(&m);
  return out;
}

} // namespace tl::config
