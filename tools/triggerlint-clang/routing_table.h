#pragma once
// Routing tables: a std::map / std::unordered_map keyed by trigger-source literals whose values are
// functions, lambdas or std::functions, looked up by the trigger source. A lookup compares the
// source with every key; calling the looked-up value runs each entry's function under its key.
#include "clang/Basic/SourceLocation.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class CallExpr;
class Expr;
class FunctionDecl;
} // namespace clang

namespace tl::clangfe {

/// One entry of a routing table: its key literal, its value, and the function the value calls
/// (nullptr when the value is not a function defined here).
struct RouteEntry {
  std::string key;
  clang::SourceLocation keyLoc;
  const clang::Expr *value = nullptr;
  const clang::FunctionDecl *target = nullptr;
};

/// The key/value pairs of a map's braced initialiser: {{"key", value}, ...}.
std::vector<std::pair<const clang::Expr *, const clang::Expr *>> bracedPairs(const clang::Expr *init);

/// Recognises lookups of routing tables by the trigger source and calls through them.
class RoutingTables {
public:
  using Literal = std::function<std::optional<std::pair<std::string, clang::SourceLocation>>(const clang::Expr *)>;
  using IsSource = std::function<bool(const clang::Expr *)>;
  RoutingTables(Literal literal, IsSource isSource) : literal_(std::move(literal)), isSource_(std::move(isSource)) {}

  /// The entries of the table `call` looks up by the trigger source (find, at, [], count,
  /// contains); empty when it is no such lookup.
  std::vector<RouteEntry> lookedUp(const clang::CallExpr *call) const;
  /// The entries whose value `call` invokes through such a lookup: routes.at(src)(event),
  /// routes[src](event), it->second(event) with it = routes.find(src), or a variable holding one.
  std::vector<RouteEntry> dispatched(const clang::CallExpr *call) const;
  /// The entries `e` may hold when it is a value looked up by the trigger source (`table.at(s)`,
  /// `it->second`); a mapping function returning one maps each key to its value.
  std::vector<RouteEntry> held(const clang::Expr *e) const { return held(e, 0, nullptr); }
  /// The `table[src]` lookup behind a value held() reads, or nullptr (at(), find()): operator[]
  /// gives a source that is no key a value-initialised value (0, an enum's zero, an empty
  /// std::function) instead of throwing.
  const clang::CallExpr *subscripted(const clang::Expr *e) const;
  /// The `table[src]` lookup of a std::function that `call` invokes (routes[src](event)), or
  /// nullptr: a source that is no key calls an empty std::function, which throws
  /// std::bad_function_call.
  const clang::CallExpr *emptyFunctionLookup(const clang::CallExpr *call) const;
  /// The entries of the table whose membership `e` tests with the trigger source, and whether `e`
  /// is true when the source is a key: routes.contains(src), routes.count(src),
  /// it != routes.end() with it = routes.find(src); empty when it is no such test.
  std::pair<std::vector<RouteEntry>, bool> membership(const clang::Expr *e) const;

private:
  std::vector<RouteEntry> entries(const clang::Expr *table) const;
  std::vector<RouteEntry> lookup(const clang::Expr *e, bool iterator, const clang::CallExpr **subscript) const;
  std::vector<RouteEntry> held(const clang::Expr *e, int depth, const clang::CallExpr **subscript) const;
  static const clang::Expr *calleeOf(const clang::CallExpr *call);
  std::vector<RouteEntry> found(const clang::Expr *iterator) const;
  Literal literal_;
  IsSource isSource_;
};

} // namespace tl::clangfe
