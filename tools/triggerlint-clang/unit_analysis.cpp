#include "unit_analysis.h"

#include "analysis.h"
#include "analysis_context.h"
#include "definition_index.h"
#include "handler_discovery.h"
#include "unit_files.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"

#include <map>
#include <memory>
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

// Calls into another translation unit nest (a helper calling a helper): bound them.
constexpr size_t kMaxForeignDepth = 6;

/// Analyses handlers in their translation unit, with the unit's other translation units joined.
struct Join {
  const std::vector<UnitSource> &sources;
  const std::vector<ASTUnit *> &asts;
  const UnitFiles &files;
  const DefinitionIndex &index;
  // (USR, parameters given the trigger source) -> facts, null: none
  std::map<std::pair<std::string, unsigned>, std::unique_ptr<CalleeFacts>> calleeFacts;
  std::set<std::string> inProgress;

  std::vector<model::Handler> analyse(size_t tu, std::vector<HandlerCandidate> handlers,
                                      std::vector<const ParmVarDecl *> sourceParameters = {},
                                      CalleeFacts *callee = nullptr) {
    TuInfo info;
    info.givenPath = sources[tu].givenPath;
    info.degraded = sources[tu].degraded;
    info.degradedReason = sources[tu].degradedReason;
    info.handlers = std::move(handlers);
    info.factsElsewhere = [this](const FunctionDecl *fd, unsigned mask) { return factsOf(fd, mask); };
    info.sourceParameters = std::move(sourceParameters);
    info.callee = callee;
    info.reportedPath = [this](llvm::StringRef p) { return files.reported(p); };
    return analyzeTranslationUnit(asts[tu]->getASTContext(), info);
  }

  /// A callee defined in another translation unit, summarised once per USR and per set of
  /// parameters given the trigger source (`sourceMask`), the way Clang's cross-TU analysis joins
  /// per-TU summaries. Importing bodies into the caller's AST instead (ASTImporter) cost a quarter
  /// more than parsing, and failed on most handler code (nlohmann::json's concepts).
  const CalleeFacts *factsOf(const FunctionDecl *fd, unsigned sourceMask) {
    const SourceManager &sm = fd->getASTContext().getSourceManager();
    if (fd->getLocation().isInvalid() || !files.isLocal(sm, fd->getLocation()))
      return nullptr;
    std::string usr = usrOf(fd);
    if (usr.empty())
      return nullptr;
    const std::pair<std::string, unsigned> key{usr, sourceMask};
    if (auto it = calleeFacts.find(key); it != calleeFacts.end())
      return it->second.get();
    const FunctionDecl *def = index.find(usr);
    int tu = def ? index.unitOf(def) : -1;
    if (tu < 0 || inProgress.size() >= kMaxForeignDepth || !inProgress.insert(usr).second)
      return nullptr; // recursion through another TU: the facts on the way are already there
    std::vector<const ParmVarDecl *> given;
    for (unsigned i = 0; i < def->getNumParams() && i < 32; ++i)
      if (sourceMask & (1u << i))
        given.push_back(def->getParamDecl(i));
    auto facts = std::make_unique<CalleeFacts>();
    auto found = analyse(static_cast<size_t>(tu),
                         {{def, def->getQualifiedNameAsString(), def->getLocation(), def->getBeginLoc()}},
                         std::move(given), facts.get());
    inProgress.erase(usr);
    auto &slot = calleeFacts[key];
    if (!found.empty()) {
      facts->facts = std::move(found.front());
      slot = std::move(facts);
    }
    return slot.get();
  }
};

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

  Join join{sources, asts, files, index, {}, {}};
  std::vector<std::vector<model::Handler>> out(sources.size());
  for (size_t i = 0; i < sources.size(); ++i)
    if (asts[i] && !handlers[i].empty())
      out[i] = join.analyse(i, std::move(handlers[i]));
  return out;
}

} // namespace tl::clangfe
