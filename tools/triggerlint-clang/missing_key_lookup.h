#pragma once
// What a map's at() throws for a key it does not hold: std::out_of_range, the type the exception
// flow matches against catch clauses when a routing table is looked up with at() by a trigger
// source that is no key.
namespace clang {
class ASTContext;
class CallExpr;
class Type;
} // namespace clang

namespace tl::clangfe {

/// std::out_of_range (canonical) when `call` is at() of a standard container; nullptr for any
/// other call, or when the translation unit does not define that class (without <stdexcept> a
/// catch (const std::exception &) could not be matched, so nothing is claimed).
const clang::Type *outOfRangeOf(const clang::CallExpr *call, const clang::ASTContext &ctx);

} // namespace tl::clangfe
