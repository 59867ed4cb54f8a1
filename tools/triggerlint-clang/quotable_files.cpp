#include "quotable_files.h"
#include "source/path_containment.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace tl::clangfe {
namespace {

// Through the FileManager's file system: Tooling has moved the working directory to the
// compile command's, and a relative name means what Clang opened.
std::string realPath(const clang::SourceManager &sm, clang::FileID fid) {
  const clang::FileEntry *entry = sm.getFileEntryForID(fid);
  if (!entry)
    return "";
  llvm::SmallString<256> out;
  if (sm.getFileManager().getVirtualFileSystem().getRealPath(entry->getName(), out))
    return "";
  return std::string(out);
}

} // namespace

bool mayQuote(const clang::SourceManager &sm, clang::FileID fid, const std::vector<std::string> &bundledDirs) {
  if (fid == sm.getMainFileID())
    return true;
  const std::string path = realPath(sm, fid);
  if (path.empty())
    return false;
  const std::string main = realPath(sm, sm.getMainFileID());
  if (isInsideDirectory(path, llvm::sys::path::parent_path(main)))
    return true;
  for (const auto &dir : bundledDirs) {
    llvm::SmallString<256> real;
    if (!llvm::sys::fs::real_path(dir, real) && isInsideDirectory(path, llvm::StringRef(real)))
      return true;
  }
  // -isystem makes any directory a system one: only the installed toolchain's headers count.
  return sm.isInSystemHeader(sm.getLocForStartOfFile(fid)) && isInsideDirectory(path, "/usr");
}

clang::SourceLocation includeInMainFile(const clang::SourceManager &sm, clang::FileID fid) {
  for (int depth = 0; fid.isValid() && depth < 256; ++depth) {
    clang::SourceLocation from = sm.getIncludeLoc(fid);
    if (from.isInvalid())
      return {};
    from = sm.getFileLoc(from);
    fid = sm.getFileID(from);
    if (fid == sm.getMainFileID())
      return from;
  }
  return {};
}

} // namespace tl::clangfe
