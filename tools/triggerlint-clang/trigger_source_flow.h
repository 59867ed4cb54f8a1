#pragma once
// Trigger-source reachability as a forward dataflow over Clang's CFG (DESIGN.md §1): at each
// statement, the trigger sources that can reach it. Conditions narrow the set on the CFG's edges
// (source_conditions.h); joins happen where edges meet, so early returns, else-if chains, switch,
// ?:, &&, ||, ! and loops follow from the graph.
#include "source_conditions.h"
#include "source_set.h"

#include "clang/Basic/SourceLocation.h"

#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace clang {
class FunctionDecl;
class Stmt;
} // namespace clang

namespace tl::clangfe {

/// The fixpoint for one function body.
class TriggerSourceFlow {
public:
  /// Runs the dataflow; nullptr when Clang cannot build the function's CFG or the fixpoint does
  /// not settle within its bound.
  static std::unique_ptr<TriggerSourceFlow> run(const clang::FunctionDecl *fn, const SourceConditions &conds);

  /// The sources reaching the statements that begin at `loc` (joined); nullopt when no reachable
  /// statement of the body begins there.
  std::optional<SourceSet> at(clang::SourceLocation loc) const;
  /// The sources reaching `s`; nullopt when it is not a reachable statement of the body.
  std::optional<SourceSet> before(const clang::Stmt *s) const;
  /// True when statements of the body begin at `loc`, the CFG reaches them, and no trigger source
  /// does (they are behind a test no source passes): what is there never runs. False where the flow
  /// has no answer.
  bool unreached(clang::SourceLocation loc) const;

private:
  std::unordered_map<const clang::Stmt *, SourceSet> byStmt_;
  std::unordered_map<clang::SourceLocation::UIntTy, SourceSet> byLoc_;
  std::unordered_set<clang::SourceLocation::UIntTy> unreachedLocs_; // statements of blocks no source reaches
};

} // namespace tl::clangfe
