#include "dependency_files.h"

#include "clang/Basic/FileEntry.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>

namespace tl::clangfe {

std::vector<DependencyFile> dependencyFiles(const clang::ASTUnit &ast) {
  return dependencyFiles(ast.getSourceManager(), true);
}

std::vector<DependencyFile> mergeDependencies(std::vector<DependencyFile> a, const std::vector<DependencyFile> &b) {
  a.insert(a.end(), b.begin(), b.end());
  // Hashed entries first within a path, so that the one kept has the hash.
  std::sort(a.begin(), a.end(), [](const DependencyFile &x, const DependencyFile &y) {
    return x.path != y.path ? x.path < y.path : x.sha256 > y.sha256;
  });
  a.erase(std::unique(a.begin(), a.end(),
                      [](const DependencyFile &x, const DependencyFile &y) { return x.path == y.path; }),
          a.end());
  return a;
}

std::vector<DependencyFile> dependencyFiles(const clang::SourceManager &sm, bool withMainFile) {
  std::vector<DependencyFile> out;
  const clang::FileEntry *main = sm.getFileEntryForID(sm.getMainFileID());
  for (auto it = sm.fileinfo_begin(); it != sm.fileinfo_end(); ++it) {
    const clang::FileEntry *entry = it->first;
    if (!entry || (!withMainFile && entry == main))
      continue;
    DependencyFile dep;
    llvm::StringRef real = entry->tryGetRealPathName();
    if (!real.empty() && llvm::sys::path::is_absolute(real))
      dep.path = real.str();
    if (auto buffer = it->second ? it->second->getBufferIfLoaded() : std::nullopt) {
      auto bytes = llvm::arrayRefFromStringRef(buffer->getBuffer());
      dep.sha256 = llvm::toHex(llvm::SHA256::hash(bytes), /*LowerCase=*/true);
    }
    out.push_back(std::move(dep));
  }
  std::sort(out.begin(), out.end(), [](const DependencyFile &a, const DependencyFile &b) { return a.path < b.path; });
  return out;
}

} // namespace tl::clangfe
