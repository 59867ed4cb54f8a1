#pragma once
// The handler analysis of one translation unit and the state its parts share: each reachable
// function's summary (function_summary.cpp), the trigger-source tests (source_comparisons.h), the
// response graph (response_graph.h), the exception flow, the trigger-source dataflow and the
// routing tables. analysis.cpp runs them and expands the summaries per handler.
#include "analysis.h"
#include "analysis_context.h"
#include "exception_flow.h"
#include "response_graph.h"
#include "routing_table.h"
#include "source_comparisons.h"
#include "source_flows.h"
#include "source_text.h"
#include "trigger_annotations.h"

#include "clang/Basic/SourceLocation.h"

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace clang {
class ASTContext;
class CallExpr;
class FunctionDecl;
class SourceManager;
} // namespace clang

namespace tl::clangfe {

/// Walks every function reachable from a translation unit's handlers once and expands the
/// summaries into each handler's facts.
class Analyzer {
public:
  Analyzer(clang::ASTContext &ctx, const TuInfo &info);

  std::vector<model::Handler> run();
  /// Reads the `// triggerlint: trigger=` annotation above the function beginning at `begin`.
  void annotate(model::Handler &h, clang::SourceLocation begin) const;

private:
  // ---- locations and text ----
  Location loc(clang::SourceLocation l) const;
  std::string text(clang::SourceRange r) const { return sourceText(C, r); }
  std::string text(const clang::Stmt *s) const { return sourceText(C, s); }
  bool inSystem(clang::SourceLocation l) const;

  /// The body a call runs when this translation unit (or another of the unit) has it, else nullptr.
  const clang::FunctionDecl *userFunction(const clang::CallExpr *call) const;

  // ---- the walk (function_summary.cpp) ----
  struct Walker;
  Summary &summary(const clang::FunctionDecl *f);

  // ---- handlers ----
  void applySourceFlow(const clang::FunctionDecl *f, Summary &s, size_t firstEdge);
  void linkCaptures(CallSite &site);
  const CalleeFacts *foreignFacts(const clang::CallExpr *call);
  void route(const clang::CallExpr *call, const Ctx &c, Summary &s);
  void addKeylessThrow(Summary &s, const clang::CallExpr *call, const Ctx &c, const std::vector<RouteEntry> &entries,
                       const std::string &exception, std::string table, const std::string &outcome);
  std::optional<ExceptionFlow::KnownCall> knownCall(const clang::CallExpr *call) const;
  std::optional<Ctx> keylessRethrow(const clang::FunctionDecl *f, const std::vector<ThrownType> &inFlight) const;
  void applyAnnotation(model::Handler &h, const std::optional<TriggerAnnotation> &a, clang::FileID fid) const;
  void expand(model::Handler &h, const clang::FunctionDecl *f);

  clang::ASTContext &C;
  clang::SourceManager &SM;
  const TuInfo &info_;
  std::unordered_map<const clang::FunctionDecl *, Summary> summaries_;
  std::deque<const clang::FunctionDecl *> pending_;
  SourceComparisons sources_;
  ResponseGraph graph_;
  ExceptionFlow flow_;
  std::unique_ptr<SourceFlows> flows_;
  std::unique_ptr<RoutingTables> routes_;
  // routing-table lookups whose keyless throw no trigger source reaches (applySourceFlow)
  std::unordered_set<const clang::Stmt *> keylessNever_;
};

} // namespace tl::clangfe
