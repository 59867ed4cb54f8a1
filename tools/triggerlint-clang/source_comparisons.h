#pragma once
// Which expressions carry the trigger source (its name, a variable initialised from it, a helper's
// parameter that receives it) and which compare it with a string (==, !=, compare, strcmp,
// starts_with, rfind(x, 0)), and what a condition built of such comparisons says about the trigger
// source in each branch. The CFG dataflow (trigger_source_flow.h) and the summary walk read these.
#include "analysis_context.h"

#include <optional>
#include <unordered_set>

namespace clang {
class ASTContext;
class Expr;
class ParmVarDecl;
} // namespace clang

namespace tl::clangfe {

/// Reads trigger-source tests in the expressions of one translation unit.
class SourceComparisons {
public:
  SourceComparisons(const clang::ASTContext &ctx, bool degraded) : C(ctx), degraded_(degraded) {}

  /// Parameters of helpers that receive the trigger source (filled by findSourceParameters).
  std::unordered_set<const clang::ParmVarDecl *> &parameters() { return sourceParams_; }

  /// True when `e` is or holds the trigger source.
  bool involvesSource(const clang::Expr *e, int depth = 0) const;
  /// The comparison of the trigger source with a string that `e` is, or nullopt.
  std::optional<Atom> atom(const clang::Expr *e) const;
  /// What condition `e` says about the trigger source in its then and else branches.
  CondInfo cond(const clang::Expr *e) const;

private:
  const clang::ASTContext &C;
  bool degraded_;
  std::unordered_set<const clang::ParmVarDecl *> sourceParams_;
};

} // namespace tl::clangfe
