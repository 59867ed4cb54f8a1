#include "config/config_file.h"

#include "document/node.h"
#include "input/file_reader.h"
#include "source/text_list.h"

#include <filesystem>
#include <fnmatch.h>

namespace fs = std::filesystem;

namespace tl::config {
namespace {

std::string at(const std::string &path, const doc::Node &node, const std::string &message) {
  return path + ":" + std::to_string(node.line) + ":" + std::to_string(node.column) + ": " + message;
}

// A list may be written as a YAML sequence or as one comma-separated string.
bool readList(const std::string &path, const doc::Node &node, std::vector<std::string> &out, std::string &error) {
  if (node.isScalar()) {
    for (auto &item : splitList(node.value))
      out.push_back(std::move(item));
    return true;
  }
  if (!node.isSequence()) {
    error = at(path, node, "expected a list");
    return false;
  }
  for (const doc::Node *item : node.items) {
    if (!item->isScalar()) {
      error = at(path, *item, "expected a string");
      return false;
    }
    out.push_back(item->value);
  }
  return true;
}

bool readSeverities(const std::string &path, const doc::Node &node, std::map<std::string, Severity> &out,
                    std::string &error) {
  if (!node.isMapping()) {
    error = at(path, node, "expected a mapping of rule to severity");
    return false;
  }
  for (const auto &e : node.entries) {
    Severity s;
    if (!e.value->isScalar() || !parseSeverity(e.value->value, s)) {
      error = at(path, *e.value, "expected error, warning or note");
      return false;
    }
    out[e.key->value] = s;
  }
  return true;
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
  doc::Document doc;
  doc.path = path;
  doc.text = std::move(content.text);
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
  for (const auto &e : doc.root->entries) {
    const std::string &key = e.key->value;
    const doc::Node &value = *e.value;
    bool ok = true;
    if (key == "select")
      ok = readList(path, value, c.select, error);
    else if (key == "ignore")
      ok = readList(path, value, c.ignore, error);
    else if (key == "exclude")
      ok = readList(path, value, c.exclude, error);
    else if (key == "severity")
      ok = readSeverities(path, value, c.severity, error);
    else if (key == "fail-on") {
      Severity ignored;
      if (!value.isScalar() || (value.value != "none" && !parseSeverity(value.value, ignored))) {
        error = at(path, value, "expected error, warning, note or none");
        ok = false;
      } else {
        c.failOn = value.value;
      }
    }
    else if (key == "handlers" || key == "compile-commands")
      ; // read by the C++ frontend (issue 3); accepted here so that one config serves both
    else {
      error = at(path, *e.key, "unknown setting '" + key +
                                   "' (known: select, ignore, severity, exclude, fail-on, handlers, compile-commands)");
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
  std::error_code ec;
  fs::path base = fs::absolute(config.path, ec).parent_path().lexically_normal();
  std::string relative = fs::absolute(file, ec).lexically_normal().lexically_relative(base).generic_string();
  for (const auto &glob : config.exclude) {
    // Without FNM_PATHNAME `*` also crosses `/`, so `legacy/*` excludes a whole tree.
    if (fnmatch(glob.c_str(), relative.c_str(), 0) == 0 || fnmatch(glob.c_str(), file.c_str(), 0) == 0)
      return true;
  }
  return false;
}

} // namespace tl::config
