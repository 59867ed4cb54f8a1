#pragma once
// An exception type named so that another translation unit of the same function's code can find
// it again: the cross-TU join carries a callee's escaping throws by name, and the caller matches
// them against its own catch clauses (exception_types.h). Where a name cannot be looked up the
// same way in both (a local class, one in an anonymous namespace, a template specialisation, a
// type that is not a class), there is no name and the caller treats the throw as of unknown type.
#include "exception_types.h"

#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace tl::clangfe {

/// A thrown class by its qualified name: an Exact or AtLeast ThrownType.
struct NamedThrownType {
  ThrownType::Kind kind;
  std::string name; // "std::runtime_error", "auth::Denied"
};

/// The names of `thrown`, or nullopt when one of them has none.
std::optional<std::vector<NamedThrownType>> namesOf(const std::vector<ThrownType> &thrown);

/// The types `named` names in `ctx`, or nullopt when one of them is not defined there.
std::optional<std::vector<ThrownType>> typesNamed(const std::vector<NamedThrownType> &named,
                                                  const clang::ASTContext &ctx);

} // namespace tl::clangfe
