#include "source_flows.h"

#include "source_mapping.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

namespace tl::clangfe {

using namespace clang;

// Mapping functions calling mapping functions: deeper chains are not followed.
constexpr size_t kMaxMappingNesting = 8;

SourceFlows::SourceFlows(ASTContext &ctx, SourceReading reading)
    : conds_(ctx, std::move(reading), [this](const FunctionDecl *fn) { return mapping(fn); }) {}

const TriggerSourceFlow *SourceFlows::flow(const FunctionDecl *fn) {
  auto it = flows_.find(fn);
  if (it != flows_.end())
    return it->second.get();
  if (inProgress_.count(fn) || inProgress_.size() >= kMaxMappingNesting)
    return nullptr;
  inProgress_.insert(fn);
  std::unique_ptr<TriggerSourceFlow> computed = TriggerSourceFlow::run(fn, conds_);
  inProgress_.erase(fn);
  return flows_.emplace(fn, std::move(computed)).first->second.get();
}

const SourceMapping *SourceFlows::mapping(const FunctionDecl *fn) {
  const FunctionDecl *def = nullptr;
  if (!fn || !fn->hasBody(def) || !def || !def->getReturnType()->isIntegralOrEnumerationType())
    return nullptr;
  // The standard library's string tests are read as tests, not summarised.
  const SourceManager &SM = def->getASTContext().getSourceManager();
  if (def->getLocation().isInvalid() || SM.isInSystemHeader(SM.getFileLoc(def->getLocation())))
    return nullptr;
  auto it = mappings_.find(def);
  if (it != mappings_.end())
    return it->second ? &*it->second : nullptr;
  if (inProgress_.count(def))
    return nullptr;
  const TriggerSourceFlow *body = flow(def);
  std::optional<SourceMapping> summary;
  if (body) {
    inProgress_.insert(def);
    summary = summariseMapping(def, *body, conds_);
    inProgress_.erase(def);
  }
  auto &slot = mappings_[def] = std::move(summary);
  return slot ? &*slot : nullptr;
}

} // namespace tl::clangfe
