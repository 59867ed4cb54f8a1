#pragma once
// One translation unit's trigger-source flows and mapping summaries, each computed once per
// function and shared by the handler analysis and the mapping functions it calls.
#include "source_conditions.h"
#include "trigger_source_flow.h"

#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

namespace tl::clangfe {

/// Per-TU cache of TriggerSourceFlow results and SourceMapping summaries.
class SourceFlows {
public:
  SourceFlows(clang::ASTContext &ctx, SourceReading reading);
  SourceFlows(const SourceFlows &) = delete;
  SourceFlows &operator=(const SourceFlows &) = delete;

  /// The flow of `fn`'s body; nullptr when it cannot be computed (the caller keeps the AST walk's
  /// guards then).
  const TriggerSourceFlow *flow(const clang::FunctionDecl *fn);
  /// What `fn` returns per trigger source; nullptr when it returns no integer, enum or bool, has no
  /// body here, or is being summarised already (recursion).
  const SourceMapping *mapping(const clang::FunctionDecl *fn);

private:
  SourceConditions conds_;
  std::unordered_map<const clang::FunctionDecl *, std::unique_ptr<TriggerSourceFlow>> flows_;
  std::unordered_map<const clang::FunctionDecl *, std::optional<SourceMapping>> mappings_;
  std::set<const clang::FunctionDecl *> inProgress_;
};

} // namespace tl::clangfe
