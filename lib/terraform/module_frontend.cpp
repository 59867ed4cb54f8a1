#include "terraform/module_frontend.h"

#include "document/node.h"
#include "hcl/parser.h"
#include "model/declaration_scope.h"
#include "terraform/json_syntax.h"
#include "terraform/resource_types.h"
#include "terraform/resources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace fs = std::filesystem;

namespace tl::terraform {
namespace {

// A sibling larger than this is no hand-written configuration; it is left out of the module
// rather than read whole for every file of the directory.
constexpr uintmax_t kMaxSiblingBytes = 16u << 20;
// One broken file can hold many problems; the first ones say what is wrong.
constexpr size_t kMaxProblemsPerFile = 20;

// A `.tf.json` file is read as JSON and turned into the tree the native reader builds.
std::unique_ptr<SourceFile> parsed(std::string path, std::string text) {
  auto file = std::make_unique<SourceFile>();
  file->path = std::move(path);
  if (file->path.ends_with(".json")) {
    doc::Document doc;
    doc.path = file->path;
    doc.text = std::move(text);
    doc::readJson(doc);
    if (!doc.problems.empty()) {
      // The reader's position is a line and column; the tree's problems are offsets.
      uint32_t offset = 0, line = 1;
      for (; offset < doc.text.size() && line < doc.problems.front().line; ++offset)
        line += doc.text[offset] == '\n';
      offset += doc.problems.front().column > 0 ? doc.problems.front().column - 1 : 0;
      file->syntax.problems.push_back({std::min<uint32_t>(offset, static_cast<uint32_t>(doc.text.size())),
                                       doc.problems.front().message + " (Terraform JSON syntax)"});
    } else {
      file->syntax = fromJson(doc);
    }
    file->text = std::move(doc.text);
    return file;
  }
  file->text = std::move(text);
  file->syntax = hcl::parse(file->text);
  return file;
}

// The other `.tf` and `.tf.json` files of the module, sorted (Terraform reads them all, in no
// order that matters), and the variable files `terraform plan` loads for it (terraform.tfvars,
// *.auto.tfvars; their JSON forms are not read).
std::vector<std::string> siblingsOf(const std::string &path) {
  std::vector<std::string> out;
  const fs::path self(path);
  std::error_code ec;
  const fs::path dir = self.has_parent_path() ? self.parent_path() : fs::path(".");
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code sec;
    const std::string name = it->path().filename().string();
    const bool variableFile = name == "terraform.tfvars" || name.ends_with(".auto.tfvars");
    if ((!model::isTerraformFile(name) && !variableFile) || it->path().filename() == self.filename() ||
        !it->is_regular_file(sec) || it->file_size(sec) > kMaxSiblingBytes || sec)
      continue;
    // Named as the walk names files, so that locations in siblings match the siblings' own runs.
    out.push_back(self.has_parent_path() ? (self.parent_path() / it->path().filename()).generic_string()
                                         : it->path().filename().generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string readAll(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every file of a directory is read with all of its siblings: without this, a module of N files
// would be parsed N times over (4.2 s instead of 0.1 s for 200 files). The cache holds the last
// directory read, since a run reads a directory's files one after another; a sibling whose size
// or modification time changed is parsed again.
class SiblingCache {
public:
  std::shared_ptr<const SourceFile> get(const std::string &path) {
    std::error_code sizeError, timeError;
    const uintmax_t size = fs::file_size(path, sizeError);
    const auto mtime = fs::last_write_time(path, timeError);
    const std::string dir = fs::path(path).parent_path().generic_string();
    std::lock_guard<std::mutex> lock(mutex_);
    if (dir != dir_) {
      files_.clear();
      dir_ = dir;
    }
    Entry &e = files_[path];
    if (!e.file || sizeError || timeError || e.size != size || e.mtime != mtime) {
      e.file = parsed(path, readAll(path));
      e.size = size;
      e.mtime = mtime;
    }
    return e.file;
  }

private:
  struct Entry {
    std::shared_ptr<const SourceFile> file;
    uintmax_t size = 0;
    fs::file_time_type mtime;
  };
  std::mutex mutex_;
  std::string dir_;
  std::unordered_map<std::string, Entry> files_;
};

SiblingCache &siblingCache() {
  static SiblingCache cache;
  return cache;
}

} // namespace

void loadModuleFile(const std::string &path, std::string text, model::Model &model) {
  ModuleIndex index;
  // The file itself is read from `text`, what the caller read and reports on.
  std::shared_ptr<const SourceFile> self = parsed(path, std::move(text));
  index.add(self);
  // Siblings only resolve names: their problems are reported when they are linted themselves.
  for (const std::string &sibling : siblingsOf(path))
    index.add(siblingCache().get(sibling));

  addDeclaredFacts(index, *self, model);
}

void addDeclaredFacts(const ModuleIndex &index, const SourceFile &self, model::Model &model) {
  size_t reported = 0;
  for (const hcl::SyntaxProblem &p : self.syntax.problems) {
    if (reported++ == kMaxProblemsPerFile)
      break;
    // A .tf.json file's problem is the JSON reader's, which says so itself.
    model.problems.push_back(
        {index.at(self, p.offset), self.path.ends_with(".json") ? p.message : p.message + " (HCL native syntax)"});
  }
  for (const Resource &r : index.resources()) {
    if (r.file != &self || r.data || createsNoInstance(r))
      continue;
    if (r.type == kUserPool)
      addUserPool(index, r, model);
    else if (r.type == kFunction)
      addFunction(index, r, model);
    else if (r.type == kPermission)
      addPermission(index, r, model);
    addReferences(index, r, model);
  }
  addModuleCallPermissions(index, self, model);
}

} // namespace tl::terraform
