#pragma once
// Routing tables held as data members: the entries a class gives its map member, in a default
// member initialiser, a constructor's member initialiser list, or statements of a constructor's
// body that fill it (`routes_ = {...}`, `routes_["k"] = v`, `routes_.emplace("k", v)`,
// `routes_.insert({"k", v})`).
#include <utility>
#include <vector>

namespace clang {
class Expr;
class FieldDecl;
} // namespace clang

namespace tl::clangfe {

/// The (key, value) pairs the class's constructors and default member initialiser put in `field`.
std::vector<std::pair<const clang::Expr *, const clang::Expr *>> memberTablePairs(const clang::FieldDecl *field);

} // namespace tl::clangfe
