#include "trigger_source_flow.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"

#include <deque>
#include <vector>

namespace tl::clangfe {

using namespace clang;

namespace {

// Each block is revisited only when its input grows, and the sets are built from the body's finitely
// many literals, so the fixpoint is reached; the bound guards against a lattice bug turning into a hang.
constexpr unsigned kVisitsPerBlock = 64;

// The edge from `block` to its successor number `index`: two-way terminators branch on their
// condition (successor 0 is the true edge), a switch on its case labels.
SourceSet edge(const CFGBlock &block, unsigned index, const CFGBlock &succ, const SourceSet &in,
               const SourceConditions &conds) {
  const Stmt *term = block.getTerminatorStmt();
  if (!term)
    return in;
  if (auto *sw = dyn_cast<SwitchStmt>(term))
    return conds.narrowCase(in, sw, dyn_cast_or_null<SwitchCase>(succ.getLabel()));
  if (block.succ_size() != 2 || block.getTerminator().getKind() != CFGTerminator::StmtBranch)
    return in;
  if (!isa<IfStmt, WhileStmt, ForStmt, DoStmt, ConditionalOperator, BinaryOperator>(term))
    return in;
  auto *cond = dyn_cast_or_null<Expr>(block.getTerminatorCondition());
  return cond ? conds.narrow(in, cond, index == 0) : in;
}

} // namespace

std::unique_ptr<TriggerSourceFlow> TriggerSourceFlow::run(const FunctionDecl *fn, const SourceConditions &conds) {
  if (!fn || !fn->getBody() || fn->isDependentContext() || fn->isInvalidDecl())
    return nullptr;
  CFG::BuildOptions options;
  options.setAllAlwaysAdd(); // every subexpression is an element, so each fact finds its statement
  std::unique_ptr<CFG> cfg = CFG::buildCFG(fn, fn->getBody(), &fn->getASTContext(), options);
  if (!cfg)
    return nullptr;

  std::vector<std::optional<SourceSet>> in(cfg->getNumBlockIDs());
  std::vector<bool> queued(cfg->getNumBlockIDs(), false);
  std::deque<const CFGBlock *> work;
  const CFGBlock &entry = cfg->getEntry();
  in[entry.getBlockID()] = SourceSet::all();
  work.push_back(&entry);
  queued[entry.getBlockID()] = true;
  unsigned budget = kVisitsPerBlock * cfg->getNumBlockIDs();
  while (!work.empty()) {
    if (budget-- == 0)
      return nullptr;
    const CFGBlock *block = work.front();
    work.pop_front();
    queued[block->getBlockID()] = false;
    const SourceSet here = *in[block->getBlockID()];
    unsigned index = 0;
    for (const CFGBlock::AdjacentBlock &adj : block->succs()) {
      const CFGBlock *succ = adj.getReachableBlock();
      unsigned i = index++;
      if (!succ)
        continue;
      SourceSet out = edge(*block, i, *succ, here, conds);
      if (out.unreachable())
        continue;
      std::optional<SourceSet> &slot = in[succ->getBlockID()];
      SourceSet merged = slot ? slot->join(out) : out;
      if (slot && *slot == merged)
        continue;
      slot = merged;
      if (!queued[succ->getBlockID()]) {
        queued[succ->getBlockID()] = true;
        work.push_back(succ);
      }
    }
  }

  // The blocks the CFG reaches from the entry, whatever the conditions: a block among them that no
  // source reaches is behind a test no source passes. The others (catch handlers, which this CFG
  // reaches through no edge, code after a return) are left to the walk's own guards.
  std::vector<bool> linked(cfg->getNumBlockIDs(), false);
  std::vector<const CFGBlock *> stack{&entry};
  linked[entry.getBlockID()] = true;
  while (!stack.empty()) {
    const CFGBlock *block = stack.back();
    stack.pop_back();
    for (const CFGBlock::AdjacentBlock &adj : block->succs())
      if (const CFGBlock *succ = adj.getReachableBlock(); succ && !linked[succ->getBlockID()]) {
        linked[succ->getBlockID()] = true;
        stack.push_back(succ);
      }
  }

  auto flow = std::unique_ptr<TriggerSourceFlow>(new TriggerSourceFlow());
  for (const CFGBlock *block : *cfg) {
    const std::optional<SourceSet> &set = in[block->getBlockID()];
    if (!set && linked[block->getBlockID()]) {
      for (const CFGElement &element : *block)
        if (std::optional<CFGStmt> cs = element.getAs<CFGStmt>(); cs && cs->getStmt()->getBeginLoc().isValid())
          flow->unreachedLocs_.insert(cs->getStmt()->getBeginLoc().getRawEncoding());
    }
    if (!set)
      continue;
    for (const CFGElement &element : *block) {
      std::optional<CFGStmt> cs = element.getAs<CFGStmt>();
      if (!cs)
        continue;
      const Stmt *s = cs->getStmt();
      flow->byStmt_.insert_or_assign(s, *set);
      SourceLocation begin = s->getBeginLoc();
      if (begin.isInvalid())
        continue;
      auto [it, inserted] = flow->byLoc_.emplace(begin.getRawEncoding(), *set);
      if (!inserted)
        it->second = it->second.join(*set);
    }
  }
  return flow;
}

std::optional<SourceSet> TriggerSourceFlow::at(SourceLocation loc) const {
  auto it = byLoc_.find(loc.getRawEncoding());
  return it == byLoc_.end() ? std::nullopt : std::optional<SourceSet>(it->second);
}

bool TriggerSourceFlow::unreached(SourceLocation loc) const {
  return unreachedLocs_.count(loc.getRawEncoding()) && !byLoc_.count(loc.getRawEncoding());
}

std::optional<SourceSet> TriggerSourceFlow::before(const Stmt *s) const {
  auto it = byStmt_.find(s);
  return it == byStmt_.end() ? std::nullopt : std::optional<SourceSet>(it->second);
}

} // namespace tl::clangfe
