#include "unit_analysis.h"

#include "analysis.h"
#include "cross_tu_definitions.h"
#include "definition_index.h"
#include "handler_discovery.h"
#include "unit_files.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"

#include <set>

namespace tl::clangfe {
namespace {

using namespace clang;

/// The same definition seen from several translation units (a header's function or lambda):
/// where it is written.
std::string definitionKey(const HandlerCandidate &c) {
  const SourceManager &sm = c.fn->getASTContext().getSourceManager();
  PresumedLoc p = sm.getPresumedLoc(sm.getFileLoc(c.loc));
  if (p.isInvalid())
    return "";
  return absoluteNormalised(p.getFilename()) + ":" + std::to_string(p.getLine()) + ":" + std::to_string(p.getColumn());
}

} // namespace

std::vector<std::vector<model::Handler>> analyzeUnit(const std::vector<UnitSource> &sources) {
  std::vector<std::string> given;
  std::vector<ASTUnit *> asts;
  for (const auto &s : sources) {
    given.push_back(s.givenPath);
    asts.push_back(s.ast);
  }
  const UnitFiles files(given);
  auto local = [&files](const SourceManager &sm, SourceLocation l) { return files.isLocal(sm, l); };
  const DefinitionIndex index(asts, local);

  // Discovery in every translation unit first: whether the unit says, with run_handler, which
  // function handles requests decides whether a function with the handler signature is one.
  std::vector<TuHandlers> found(sources.size());
  bool callsRunHandler = false, unresolved = false;
  std::set<std::string> passed;
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!asts[i])
      continue;
    ASTContext &ctx = asts[i]->getASTContext();
    const SourceManager &sm = ctx.getSourceManager();
    found[i] = discoverHandlers(
        ctx, [&](SourceLocation l) { return files.isLocal(sm, l); },
        [&](SourceLocation l) { return annotatedAsHandler(ctx, l); });
    callsRunHandler |= found[i].callsRunHandler;
    unresolved |= found[i].unresolvedRunHandler;
    passed.insert(found[i].passedUsrs.begin(), found[i].passedUsrs.end());
  }
  const bool signatureDecides = !callsRunHandler || unresolved;

  std::vector<std::vector<HandlerCandidate>> handlers(sources.size());
  std::set<std::string> seen;
  auto keep = [&](size_t tu, const HandlerCandidate &c) {
    std::string key = definitionKey(c);
    if (key.empty() || seen.insert(key).second)
      handlers[tu].push_back(c);
  };
  for (size_t i = 0; i < sources.size(); ++i) {
    for (const auto &c : found[i].passed)
      keep(i, c);
    for (size_t k = 0; k < found[i].signatures.size(); ++k) {
      const auto &c = found[i].signatures[k];
      if (found[i].annotated[k] || signatureDecides || passed.count(usrOf(c.fn)))
        keep(i, c);
    }
  }
  // A function given to run_handler in one source and defined in another (or without the
  // handler signature: a function object's operator(), a member function behind std::bind).
  for (const auto &usr : passed) {
    const FunctionDecl *def = index.find(usr);
    int tu = def ? index.unitOf(def) : -1;
    if (tu >= 0)
      keep(static_cast<size_t>(tu), {def, def->getQualifiedNameAsString(), def->getLocation(), def->getBeginLoc()});
  }

  std::vector<std::vector<model::Handler>> out(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!asts[i] || handlers[i].empty())
      continue;
    CrossTuDefinitions elsewhere(*asts[i], asts, index);
    TuInfo info;
    info.givenPath = sources[i].givenPath;
    info.degraded = sources[i].degraded;
    info.degradedReason = sources[i].degradedReason;
    info.handlers = std::move(handlers[i]);
    info.definitionElsewhere = [&elsewhere](const FunctionDecl *fd) { return elsewhere.definitionOf(fd); };
    info.reportedPath = [&files](llvm::StringRef p) { return files.reported(p); };
    out[i] = analyzeTranslationUnit(asts[i]->getASTContext(), info);
  }
  return out;
}

} // namespace tl::clangfe
