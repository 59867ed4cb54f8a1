#pragma once
// nlohmann/json's NLOHMANN_JSON_SERIALIZE_ENUM(E, {{E::A, "PreSignUp_SignUp"}, ...}): the pairs of
// enumerator and string its from_json reads a JSON string with. A string that is no pair's gives
// the first pair's enumerator (the macro's documented fallback), so `src.get<E>()` maps every
// trigger source to a value, as a mapping function does.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clang/Basic/SourceLocation.h"

namespace clang {
class EnumDecl;
class Expr;
} // namespace clang

namespace tl::clangfe {

/// One pair of the macro: the enumerator's value and the string, with where the string is written;
/// no string for a JSON value that is none (`nullptr`, a number), which no trigger source equals.
struct SerializedEnumerator {
  long long value;
  std::optional<std::string> text;
  clang::SourceLocation loc;
};

/// The pairs of the NLOHMANN_JSON_SERIALIZE_ENUM for `e`, in order; empty when the enum has none
/// (or its from_json is not the macro's shape).
std::vector<SerializedEnumerator> serializedEnumerators(const clang::EnumDecl *e);

/// The enum that `e` reads a JSON value into: `j.get<E>()`, `j.template get<E>()`, or the
/// conversion `E e = j;`, with the JSON object it reads in `json`; nullptr otherwise.
const clang::EnumDecl *enumReadFromJson(const clang::Expr *e, const clang::Expr **json);

} // namespace tl::clangfe
