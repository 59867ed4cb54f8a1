#pragma once
// Which thrown types escape what: a throw site's exceptions through the try statements around it,
// out of its function, and up the calls that led there, the way clang-tidy's ExceptionAnalyzer
// serves bugprone-exception-escape. What a function lets escape is computed once per function
// (cycles in the call graph count as throwing nothing more, call depth is bounded), so a rethrow
// (`throw;`) knows what its handler caught, including what came out of callees.
//
// A throw that leaves a noexcept function ends in std::terminate at the call of that function
// instead of travelling on. Calls into code without a body here (libraries) may throw, but only
// their explicit rethrows are facts (DESIGN TL208); calls Clang could not resolve (a missing header)
// count as throwing nothing, so that a degraded parse never reports more than a full one. Library
// calls the analysis models (a routing table's lookups and calls through it, KnownCall) throw what
// the model says instead, so that a rethrow of them carries their types and conditions.
#include "exception_types.h"

#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CXXCatchStmt;
class CXXTryStmt;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace tl::clangfe {

/// Follows exceptions from throw sites through try statements and calls of one translation unit.
class ExceptionFlow {
public:
  /// The body to follow a call into, or nullptr (the analysis's own callee lookup, so that every
  /// analysis follows the same calls).
  using BodyOf = std::function<const clang::FunctionDecl *(const clang::CallExpr *)>;

  /// One call on the way from the handler down to a throw site.
  struct Step {
    const clang::FunctionDecl *caller = nullptr;
    const clang::CallExpr *call = nullptr;
  };

  /// What becomes of the exceptions of one throw site.
  struct Outcome {
    enum class Kind { Caught, Escapes, Terminates };
    Kind kind = Kind::Caught;
    int terminatesAt = -1; // Terminates: index in the path of the call into the noexcept function;
                           // -1 when the handler itself is noexcept
    std::vector<ThrownType> escaping; // Escapes: what leaves the handler; Terminates: what leaves
                                      // the noexcept function
  };

  /// What the analysis knows a call without a body here does (a routing table's lookup or a call
  /// through one, routing_table.h): the exceptions it throws itself and the functions it runs.
  struct KnownCall {
    std::vector<ThrownType> thrown;
    std::vector<const clang::FunctionDecl *> runs;
  };
  /// The KnownCall of a call, or nullopt for a call the analysis does not model.
  using KnownCallOf = std::function<std::optional<KnownCall>(const clang::CallExpr *)>;

  ExceptionFlow(const clang::ASTContext &ctx, BodyOf bodyOf, KnownCallOf knownCall, bool degraded);

  /// True for a statement that throws by itself: a throw expression or std::rethrow_exception.
  static bool isThrowSite(const clang::Stmt *s);

  /// Follows what `site` throws out of the try statements around it in `fn`, then up `path`
  /// (outermost call first; its last step calls `fn`), to the handler at its start.
  Outcome follow(const clang::Stmt *site, const clang::FunctionDecl *fn, const std::vector<Step> &path);
  /// The same for `thrown` coming out of `call` in `fn` (a callee whose throws are known by type
  /// only: one in another translation unit).
  Outcome followFromCall(std::vector<ThrownType> thrown, const clang::CallExpr *call, const clang::FunctionDecl *fn,
                         const std::vector<Step> &path);

  /// True when some try statement encloses one of the calls of `path`: the coarse answer for
  /// callees whose thrown types are unknown.
  bool insideTry(const std::vector<Step> &path);

  /// True when exceptions leaving `callee` cross `step` as they are: no try statement around the
  /// call, and `callee` may throw. follow() and insideTry() answer alike for two paths that differ
  /// only in such steps.
  bool passesUnchanged(const Step &step, const clang::FunctionDecl *callee);

private:
  using Thrown = std::vector<ThrownType>;
  /// Where a site sits in its function: the try blocks around it, innermost first, and the catch
  /// clause whose exception a `throw;` there rethrows.
  struct Where {
    std::vector<const clang::CXXTryStmt *> tries;
    const clang::CXXCatchStmt *handler = nullptr;
  };

  Outcome travel(Thrown thrown, const clang::FunctionDecl *fn, const std::vector<Step> &path);
  const Thrown &escaping(const clang::FunctionDecl *fn, int depth);
  Thrown walk(const clang::Stmt *s, const Where &where, int depth);
  Thrown fromCall(const clang::CallExpr *call, int depth);
  Thrown thrownAt(const clang::Stmt *site, const Where &where);
  Thrown leave(const Where &where, Thrown thrown) const;
  const Where &whereIs(const clang::Stmt *site, const clang::FunctionDecl *fn);

  const clang::ASTContext &ctx_;
  BodyOf bodyOf_;
  KnownCallOf knownCall_;
  bool degraded_;
  std::unordered_map<const clang::FunctionDecl *, Thrown> escaping_;
  std::unordered_set<const clang::FunctionDecl *> inProgress_;
  std::unordered_map<const clang::Stmt *, Where> where_;
  std::unordered_map<const clang::CXXCatchStmt *, Thrown> rethrown_;
};

} // namespace tl::clangfe
