#include "engine/baseline.h"

#include "output/replace_file.h"

#include "document/node.h"
#include "engine/fingerprint.h"
#include "input/file_reader.h"
#include "version.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unistd.h>

namespace fs = std::filesystem;

namespace tl {
namespace {

constexpr std::string_view kFormatKey = "triggerlint-baseline";
constexpr int kFormat = 1;

std::string at(const std::string &path, const doc::Node &node, const std::string &message) {
  return path + ":" + std::to_string(node.line) + ":" + std::to_string(node.column) + ": " + message;
}

// Lexical, not canonical: a baseline must match the same way whether or not the files it names
// still exist, and symlinked checkouts must not change which entries match.
fs::path normalised(const std::string &file) {
  std::error_code ec;
  fs::path p = fs::absolute(file, ec);
  return (ec ? fs::path(file) : p).lexically_normal();
}

fs::path directoryOf(const std::string &baselinePath) { return normalised(baselinePath).parent_path(); }

// Stored paths are relative to the baseline so that the file works from any working directory
// and in any checkout of the repository.
std::string relativeTo(const fs::path &dir, const std::string &file) {
  if (file.empty())
    return "";
  fs::path absolute = normalised(file);
  fs::path relative = absolute.lexically_relative(dir);
  return (relative.empty() ? absolute : relative).generic_string();
}

std::string resolvedFrom(const fs::path &dir, const std::string &stored) {
  if (stored.empty())
    return "";
  return (dir / fs::path(stored)).lexically_normal().generic_string();
}

std::string jsonString(std::string_view text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool readString(const std::string &path, const doc::Node &entry, std::string_view key, bool required,
                std::string &out, std::string &error) {
  const doc::Node *value = entry.find(key);
  if (!value) {
    if (required)
      error = at(path, entry, "finding without \"" + std::string(key) + "\"");
    return !required;
  }
  if (!value->isScalar() || !value->quoted || (required && value->value.empty())) {
    error = at(path, *value, "\"" + std::string(key) + "\" must be a non-empty string");
    return false;
  }
  out = value->value;
  return true;
}

bool readEntries(const std::string &path, const doc::Node &list, std::vector<BaselineEntry> &out, std::string &error) {
  if (!list.isSequence()) {
    error = at(path, list, "\"findings\" must be a list");
    return false;
  }
  for (const doc::Node *item : list.items()) {
    if (!item->isMapping()) {
      error = at(path, *item, "expected a finding {\"rule\", \"file\", \"fingerprint\", \"message\"}");
      return false;
    }
    BaselineEntry e;
    if (!readString(path, *item, "rule", true, e.rule, error) || !readString(path, *item, "file", true, e.file, error) ||
        !readString(path, *item, "fingerprint", true, e.fingerprint, error) ||
        !readString(path, *item, "message", false, e.message, error))
      return false;
    out.push_back(std::move(e));
  }
  return true;
}

} // namespace

BaselineRead readBaseline(const std::string &path) {
  BaselineRead result;
  result.baseline.path = path;
  auto content = input::readFile(path);
  if (!content.ok) {
    result.error = path + ": cannot read baseline: " + content.error;
    return result;
  }
  doc::Document d;
  d.path = path;
  d.text = std::move(content.text);
  doc::readJson(d);
  if (!d.problems.empty()) {
    const auto &p = d.problems.front();
    result.error = path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message;
    return result;
  }
  const std::string notBaseline = "not a triggerlint baseline (write one with --write-baseline)";
  if (!d.root) {
    result.error = path + ": empty file: " + notBaseline;
    return result;
  }
  const doc::Node *format = d.root->isMapping() ? d.root->find(kFormatKey) : nullptr;
  if (!format) {
    result.error = at(path, *d.root, notBaseline);
    return result;
  }
  if (!format->isScalar() || format->quoted || format->value != std::to_string(kFormat)) {
    const std::string written = !format->isScalar() ? "that is not a number"
                                : format->quoted    ? "\"" + std::string(format->value) + "\""
                                                    : std::string(format->value);
    result.error = at(path, *format, "unsupported baseline format " + written + " (this triggerlint reads " +
                                         std::to_string(kFormat) + ")");
    return result;
  }
  const doc::Node *findings = d.root->find("findings");
  if (!findings) {
    result.error = at(path, *d.root, "baseline without \"findings\"");
    return result;
  }
  readEntries(path, *findings, result.baseline.entries, result.error);
  return result;
}

Baseline baselineFor(const std::string &path, const std::vector<Finding> &findings) {
  Baseline b;
  b.path = path;
  const fs::path dir = directoryOf(path);
  for (const auto &f : findings) {
    std::string file = relativeTo(dir, f.loc.file);
    std::string print = fingerprint(f, file);
    b.entries.push_back({f.rule, std::move(file), std::move(print), f.message});
  }
  std::sort(b.entries.begin(), b.entries.end(), [](const BaselineEntry &x, const BaselineEntry &y) {
    return std::tie(x.file, x.rule, x.fingerprint, x.message) < std::tie(y.file, y.rule, y.fingerprint, y.message);
  });
  return b;
}

std::string formatBaseline(const Baseline &baseline) {
  std::string out = "{\n  \"" + std::string(kFormatKey) + "\": " + std::to_string(kFormat) + ",\n  \"version\": " +
                    jsonString(TRIGGERLINT_VERSION) + ",\n  \"findings\": [";
  for (size_t i = 0; i < baseline.entries.size(); ++i) {
    const auto &e = baseline.entries[i];
    out += i ? ",\n    " : "\n    ";
    out += "{\"rule\": " + jsonString(e.rule) + ", \"file\": " + jsonString(e.file) + ", \"fingerprint\": " +
           jsonString(e.fingerprint) + ", \"message\": " + jsonString(e.message) + "}";
  }
  out += baseline.entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string writeBaseline(const Baseline &baseline) {
  std::string error = replaceFile(baseline.path, formatBaseline(baseline));
  return error.empty() ? error : baseline.path + ": cannot write baseline: " + error;
}

BaselineOutcome applyBaseline(std::vector<Finding> &findings, const Baseline &baseline, const BaselineScope &scope,
                              std::vector<SilencedFinding> *silenced) {
  const fs::path dir = directoryOf(baseline.path);
  using Key = std::tuple<std::string, std::string, std::string>; // rule, absolute file, fingerprint
  std::map<Key, size_t> accepted;
  for (const auto &e : baseline.entries)
    ++accepted[{e.rule, resolvedFrom(dir, e.file), e.fingerprint}];

  BaselineOutcome outcome;
  std::erase_if(findings, [&](Finding &f) {
    const std::string file = f.loc.file.empty() ? "" : normalised(f.loc.file).generic_string();
    auto it = accepted.find({f.rule, file, fingerprint(f, relativeTo(dir, f.loc.file))});
    if (it == accepted.end() || it->second == 0)
      return false;
    --it->second;
    ++outcome.hidden;
    if (silenced)
      silenced->push_back({std::move(f), true});
    return true;
  });

  std::set<std::string> linted;
  for (const auto &file : scope.files)
    linted.insert(normalised(file).generic_string());
  for (const auto &[key, left] : accepted) {
    const auto &[rule, file, print] = key;
    const Rule *r = findRule(rule);
    // An entry of a rule that no longer exists can never match again: it is gone, whatever ran.
    bool lookedFor = !r || !scope.selection || scope.selection->enabled(r->info);
    if (left && lookedFor && linted.count(file))
      outcome.gone += left;
  }
  return outcome;
}

} // namespace tl
