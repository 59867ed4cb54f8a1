#pragma once
// The name a call is written with, resolved or not: a missing header leaves calls unresolved
// (UnresolvedLookupExpr, dependent member expressions), and analyses still match them by name.
#include <string>

namespace clang {
class CallExpr;
class Expr;
} // namespace clang

namespace tl::clangfe {

/// The callee's unqualified name as written ("" when it has none, e.g. a call through a pointer);
/// `object`, when given, receives the object of a member call (nullptr otherwise).
std::string calleeName(const clang::CallExpr *call, const clang::Expr **object = nullptr);

} // namespace tl::clangfe
