#pragma once
// Function definitions of a function's code, across its translation units, by USR (the key
// Clang's cross-TU analysis and clangd use for "the same function in another TU").
#include "llvm/ADT/StringRef.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace clang {
class ASTUnit;
class FunctionDecl;
class SourceManager;
class SourceLocation;
} // namespace clang

namespace tl::clangfe {

/// USR -> the first definition in unit order. Function templates and the standard library and
/// third-party headers are left out: only the unit's own functions are joined.
class DefinitionIndex {
public:
  using IsLocal = std::function<bool(const clang::SourceManager &, clang::SourceLocation)>;
  DefinitionIndex(const std::vector<clang::ASTUnit *> &units, const IsLocal &local);
  const clang::FunctionDecl *find(llvm::StringRef usr) const;
  /// The translation unit (index into the constructor's `units`) a definition belongs to, or -1.
  int unitOf(const clang::FunctionDecl *fd) const;

private:
  std::map<std::string, const clang::FunctionDecl *, std::less<>> byUsr_;
  std::map<const clang::FunctionDecl *, int> unitOf_;
};

/// The USR of a declaration; "" when Clang cannot make one.
std::string usrOf(const clang::FunctionDecl *fd);

} // namespace tl::clangfe
