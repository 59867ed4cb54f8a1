#include "unit_files.h"
#include "source/path_containment.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace tl::clangfe {
namespace {

std::string joinPath(llvm::StringRef dir, llvm::StringRef rest) {
  if (dir.empty())
    return rest.str();
  llvm::SmallString<256> out(dir);
  llvm::sys::path::append(out, rest);
  return std::string(out);
}

} // namespace

std::string absoluteNormalised(llvm::StringRef path) {
  llvm::SmallString<256> p(path);
  llvm::sys::fs::make_absolute(p);
  llvm::sys::path::remove_dots(p, true);
  return std::string(p);
}

UnitFiles::UnitFiles(const std::vector<std::string> &given) {
  llvm::SmallString<256> cwd;
  if (!llvm::sys::fs::current_path(cwd))
    cwd_ = std::string(cwd);
  for (const auto &g : given) {
    Entry e;
    e.given = g;
    e.absolute = absoluteNormalised(g);
    e.givenDir = std::string(llvm::sys::path::parent_path(g));
    e.absoluteDir = std::string(llvm::sys::path::parent_path(e.absolute));
    relative_ = relative_ || llvm::sys::path::is_relative(g);
    entries_.push_back(std::move(e));
  }
}

std::string UnitFiles::reported(llvm::StringRef clangPath) const {
  const std::string path = absoluteNormalised(clangPath);
  for (const auto &e : entries_)
    if (path == e.absolute)
      return e.given;
  const Entry *best = nullptr;
  for (const auto &e : entries_)
    if (isInsideDirectory(path, e.absoluteDir) && (!best || e.absoluteDir.size() > best->absoluteDir.size()))
      best = &e;
  if (best)
    return joinPath(best->givenDir, llvm::StringRef(path).drop_front(best->absoluteDir.size() + 1));
  if (relative_ && isInsideDirectory(path, cwd_))
    return path.substr(cwd_.size() + (llvm::StringRef(cwd_).endswith("/") ? 0 : 1));
  return clangPath.str();
}

bool UnitFiles::isLocal(const clang::SourceManager &sm, clang::SourceLocation loc) const {
  if (loc.isInvalid())
    return false;
  loc = sm.getFileLoc(loc);
  if (sm.isInSystemHeader(loc))
    return false;
  clang::FileID fid = sm.getFileID(loc);
  if (fid == sm.getMainFileID())
    return true;
  const clang::FileEntry *file = sm.getFileEntryForID(fid);
  if (!file)
    return false;
  auto [it, added] = localFiles_.emplace(file, false);
  if (added) {
    const std::string path = absoluteNormalised(file->getName());
    for (const auto &e : entries_)
      it->second = it->second || path == e.absolute || isInsideDirectory(path, e.absoluteDir);
  }
  return it->second;
}

} // namespace tl::clangfe
