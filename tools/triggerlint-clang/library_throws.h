#pragma once
// What the standard library throws from the calls the routing tables model, as the types the
// exception flow matches against catch clauses: std::bad_function_call from calling the empty
// std::function a table's operator[] made, std::out_of_range from a map's at() for a key it does
// not hold. Without the class defined in the translation unit (a missing <stdexcept>) nothing is
// claimed: a catch (const std::exception &) around the call could not be matched.
namespace clang {
class ASTContext;
class CallExpr;
class Type;
} // namespace clang

namespace tl::clangfe {

/// std::bad_function_call (canonical) when `call` invokes a std::function's operator(), else nullptr.
const clang::Type *badFunctionCallOf(const clang::CallExpr *call, const clang::ASTContext &ctx);

/// std::out_of_range (canonical) when `call` is at() of a standard container, else nullptr.
const clang::Type *outOfRangeOf(const clang::CallExpr *call, const clang::ASTContext &ctx);

} // namespace tl::clangfe
