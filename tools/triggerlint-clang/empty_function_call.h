#pragma once
// What calling an empty std::function throws: std::bad_function_call, the type the exception
// flow matches against catch clauses when a routing table's operator[] gave an empty function.
namespace clang {
class ASTContext;
class CallExpr;
class Type;
} // namespace clang

namespace tl::clangfe {

/// std::bad_function_call (canonical) when `call` invokes a std::function's operator(); nullptr
/// for any other call, or when the translation unit does not declare that class.
const clang::Type *badFunctionCallOf(const clang::CallExpr *call, const clang::ASTContext &ctx);

} // namespace tl::clangfe
