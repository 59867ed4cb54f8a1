#pragma once
// The files a parse read, for triggerlint's facts cache (lib/cpp/facts_cache.h): its answer
// for a file stays valid while every one of them has the same content.
#include <string>
#include <vector>

namespace clang {
class ASTUnit;
class SourceManager;
} // namespace clang

namespace tl::clangfe {

/// A file a parse read: its absolute path, and the SHA-256 of the bytes the parse saw ("" when
/// they are not in memory), so that a file changed during the parse cannot be cached with the
/// facts of its old content.
struct DependencyFile {
  std::string path; // "" when the absolute path is unknown: then the answer is not cached
  std::string sha256;
};

/// Every file `sm` holds, sorted by path; the main file only `withMainFile` (a preamble's build
/// reads a copy of the main file's first lines, not the file).
std::vector<DependencyFile> dependencyFiles(const clang::SourceManager &sm, bool withMainFile);

/// Every file `ast`'s source manager holds, sorted by path.
std::vector<DependencyFile> dependencyFiles(const clang::ASTUnit &ast);

/// `a` and `b` as one list sorted by path, a file once: with the hash of its bytes when either
/// list has it (a file read from a precompiled preamble has no bytes in memory).
std::vector<DependencyFile> mergeDependencies(std::vector<DependencyFile> a, const std::vector<DependencyFile> &b);

} // namespace tl::clangfe
