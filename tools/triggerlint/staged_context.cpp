#include "staged_context.h"

#include "repository_root.h"

#include "input/loader.h"
#include "model/declaration_scope.h"
#include "source/path_containment.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <set>

namespace fs = std::filesystem;

namespace tl {
namespace {

/// Whether a file may declare a function with code: read only as far as needed, so that a
/// repository's other YAML and JSON (CI files, package.json, dumps) costs a read, not a parse.
bool mayHoldFunctions(const std::string &path) {
  constexpr size_t kMaxTemplateBytes = size_t(64) << 20;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec || size > kMaxTemplateBytes)
    return false;
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  return text.find("AWS::Serverless::Function") != std::string::npos ||
         text.find("AWS::Lambda::Function") != std::string::npos;
}

/// The code directories (absolute, normal) of the functions `path` declares. A file too large for
/// the memory left has none here: its own read reports it.
std::vector<std::string> codeDirectoriesOf(const std::string &path) {
  std::vector<std::string> dirs;
  try {
    if (!mayHoldFunctions(path))
      return dirs;
    model::Model model;
    input::InputFile file{path, false, {}};
    input::loadInput(file, model);
    for (const auto &fn : model.functions)
      if (!fn.codeDir.empty())
        dirs.push_back(absoluteNormalPath(fn.codeDir));
  } catch (const std::bad_alloc &) {
    dirs.clear();
  }
  return dirs;
}

/// `path` (absolute) as the run names files: relative to the working directory when inside it,
/// like the paths a hook passes.
std::string runName(const std::string &path) {
  std::error_code ec;
  const std::string cwd = absoluteNormalPath(fs::current_path(ec).string());
  if (!ec && isInsideDirectory(path, cwd))
    return fs::path(path).lexically_relative(cwd).generic_string();
  return path;
}

bool holdsAny(const std::string &dir, const std::vector<std::string> &files) {
  return std::any_of(files.begin(), files.end(), [&](const std::string &f) { return isInsideDirectory(f, dir); });
}

/// Whether a C++ source in `dir` has an `#include` naming one of `headers` (file names): a header
/// kept outside the function's directory (a shared `common/`) is linted through its includers.
bool includesAny(const std::string &dir, const std::vector<std::string> &headers) {
  for (const auto &source : input::discoverInputs({dir})) {
    if (!source.walkProblem.empty() || !input::isCppSource(source.path))
      continue;
    std::ifstream in(std::string(source.path));
    for (std::string line; std::getline(in, line);) {
      const size_t hash = line.find_first_not_of(" \t");
      if (hash == std::string::npos || line.compare(hash, 1, "#") != 0 || line.find("include") == std::string::npos)
        continue;
      for (const auto &name : headers)
        for (char close : {'"', '>'})
          for (size_t at = line.find(name + close); at != std::string::npos; at = line.find(name + close, at + 1))
            if (at > 0 && (line[at - 1] == '/' || line[at - 1] == '"' || line[at - 1] == '<'))
              return true;
    }
  }
  return false;
}

} // namespace

bool StagedContext::reports(const Finding &finding) const {
  if (contextFiles.empty() || !contextFiles.count(absoluteNormalPath(finding.loc.file)))
    return true;
  return std::any_of(finding.notes.begin(), finding.notes.end(), [&](const FindingNote &n) {
    return !n.loc.file.empty() && runFiles.count(absoluteNormalPath(n.loc.file));
  });
}

StagedContext stagedContext(const std::vector<input::InputFile> &inputs, const config::ConfigFile &config) {
  StagedContext context;
  std::vector<std::string> namedCode;
  std::set<std::string> namedModules; // directories of named .tf files
  for (const auto &in : inputs) {
    const std::string path = in.path;
    context.runFiles.insert(absoluteNormalPath(path));
    if (!in.named || !in.walkProblem.empty() || config::isExcluded(config, path))
      continue;
    if (input::isCppSource(path) || input::isCppHeader(path))
      namedCode.push_back(absoluteNormalPath(path));
    else if (model::isTerraformFile(path))
      namedModules.insert(fs::path(absoluteNormalPath(path)).parent_path().string());
  }
  // A named .tf (or .tf.json) file is one part of its module: the module's other files join the run as
  // context, so that a binding in one file and its function in another are still judged.
  for (const auto &dir : namedModules)
    for (const auto &sibling : input::discoverInputs({dir})) {
      const std::string abs = absoluteNormalPath(sibling.path);
      if (!sibling.walkProblem.empty() || !model::isTerraformFile(abs) || fs::path(abs).parent_path() != dir ||
          context.runFiles.count(abs) || config::isExcluded(config, sibling.path) || !context.added.insert(abs).second)
        continue;
      context.files.push_back(runName(abs));
      context.contextFiles.insert(abs);
    }
  std::vector<std::string> codeDirs; // whose sources join the run
  // Templates under each named source's repository root that hold it.
  std::map<std::string, std::vector<std::string>> byRoot;
  for (const auto &file : namedCode)
    if (std::string root = repositoryRoot(fs::path(file).parent_path().string()); !root.empty())
      byRoot[root].push_back(file);
  for (const auto &[root, files] : byRoot) {
    std::vector<std::string> headerNames; // of named headers no code directory holds (yet unknown)
    for (const auto &f : files)
      if (input::isCppHeader(f))
        headerNames.push_back(fs::path(f).filename().string());
    for (const auto &candidate : input::discoverInputs({root})) {
      const std::string path = candidate.path;
      if (!candidate.walkProblem.empty() || !input::hasInputExtension(path) ||
          context.runFiles.count(absoluteNormalPath(path)) || config::isExcluded(config, path))
        continue;
      bool holds = false;
      for (const auto &dir : codeDirectoriesOf(path))
        if (holdsAny(dir, files) || (!headerNames.empty() && includesAny(dir, headerNames))) {
          holds = true;
          codeDirs.push_back(dir);
        }
      if (holds)
        context.files.push_back(runName(absoluteNormalPath(path)));
    }
  }
  auto addSources = [&](const std::vector<std::string> &dirs, bool quiet) {
    for (const auto &dir : std::set<std::string>(dirs.begin(), dirs.end()))
      for (const auto &source : input::discoverInputs({dir})) {
        const std::string abs = absoluteNormalPath(source.path);
        if (!source.walkProblem.empty() || !input::isCppSource(source.path) || context.runFiles.count(abs) ||
            config::isExcluded(config, source.path) || !context.added.insert(abs).second)
          continue;
        context.files.push_back(runName(abs));
        if (quiet)
          context.contextFiles.insert(abs);
      }
  };
  addSources(codeDirs, true);
  for (const auto &f : context.files)
    if (input::hasInputExtension(f))
      context.contextFiles.insert(absoluteNormalPath(f));
  return context;
}

std::vector<std::string> StagedContext::addWiredSources(const model::Model &named, const config::ConfigFile &config) {
  std::vector<std::string> out;
  std::set<std::string> dirs;
  for (const auto &fn : named.functions)
    if (!fn.codeDir.empty())
      dirs.insert(absoluteNormalPath(fn.codeDir));
  for (const auto &dir : dirs)
    for (const auto &source : input::discoverInputs({dir})) {
      const std::string abs = absoluteNormalPath(source.path);
      if (!source.walkProblem.empty() || !input::isCppSource(source.path) || runFiles.count(abs) ||
          config::isExcluded(config, source.path) || !added.insert(abs).second)
        continue;
      // Wired to a file of the run: reported like it (and no longer quiet, if a named source's
      // context had brought it).
      contextFiles.erase(abs);
      out.push_back(runName(abs));
    }
  return out;
}

} // namespace tl
