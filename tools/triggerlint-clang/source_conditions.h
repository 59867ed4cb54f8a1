#pragma once
// How a condition narrows the trigger sources that pass it (the edge transfer of
// trigger_source_flow.h): tests of the trigger source itself, and tests of a value that a mapping
// function computed from it (`parse(src) == Source::PreAuth`, `switch (kind)`).
#include "routing_table.h"
#include "source_set.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class EnumDecl;
class Expr;
class FunctionDecl;
class SwitchCase;
class SwitchStmt;
} // namespace clang

namespace tl::clangfe {

/// One test of the trigger source: equal to `value` (or starting with it, for a prefix), and
/// whether the expression is true when the test holds.
struct SourceTest {
  std::string value;
  bool prefix = false;
  bool positive = true;
};

/// What the handler analysis recognises as the trigger source and as a test of it.
struct SourceReading {
  std::function<std::optional<SourceTest>(const clang::Expr *)> test;
  std::function<bool(const clang::Expr *)> isSource;
  const RoutingTables *tables = nullptr; // tables keyed by trigger sources, looked up by the source
};

/// A function's answer per trigger source: which value it returns for which sources.
struct SourceMapping {
  std::map<long long, SourceSet> byValue;
  SourceSet unknown = SourceSet::none(); // sources for which it returns a value that is not constant
  /// The sources for which the function returns `value`.
  SourceSet sourcesFor(long long value) const;
  /// The sources for which it returns none of `values`.
  SourceSet sourcesNotFor(const std::vector<long long> &values) const;
};

/// Narrows a SourceSet by conditions; mapping functions are summarised through `mappingOf`.
class SourceConditions {
public:
  using MappingOf = std::function<const SourceMapping *(const clang::FunctionDecl *)>;
  SourceConditions(clang::ASTContext &ctx, SourceReading reading, MappingOf mappingOf)
      : C(ctx), reading_(std::move(reading)), mappingOf_(std::move(mappingOf)) {}

  /// The sources of `in` for which `cond` evaluates to `outcome`.
  SourceSet narrow(const SourceSet &in, const clang::Expr *cond, bool outcome, int depth = 0) const;
  /// The sources of `in` that take switch `sw`'s edge to `label` (nullptr: the default edge).
  SourceSet narrowCase(const SourceSet &in, const clang::SwitchStmt *sw, const clang::SwitchCase *label) const;
  /// The mapping whose value `e` holds: a call of a mapping function with the trigger source, a
  /// routing table's value looked up by it (`switch (kinds.at(src))`), an enum read from it through
  /// NLOHMANN_JSON_SERIALIZE_ENUM (`src.get<Kind>()`), or a variable initialised from one of these.
  const SourceMapping *mapped(const clang::Expr *e, int depth = 0) const;
  /// Adds to `to` what the table lookup `e` (with `entries`) gives the sources of `under` that are no
  /// key, when it is `table[src]`: operator[]'s value-initialised value, 0 for an integer, enum or
  /// bool, a value of no known constant otherwise. at() and find() give these sources nothing.
  void addKeyless(SourceMapping &to, const clang::Expr *e, const std::vector<RouteEntry> &entries,
                  const SourceSet &under) const;
  /// The integer value of a constant expression (an enumerator, a literal).
  std::optional<long long> constant(const clang::Expr *e) const;

  const SourceReading &reading() const { return reading_; }

private:
  clang::ASTContext &C;
  SourceReading reading_;
  MappingOf mappingOf_;
  mutable std::map<const clang::Expr *, SourceMapping> lookups_; // per table lookup, made once
  // per enum read from the source with NLOHMANN_JSON_SERIALIZE_ENUM (serialized_enum.h)
  mutable std::map<const clang::EnumDecl *, std::optional<SourceMapping>> serialized_;
};

} // namespace tl::clangfe
