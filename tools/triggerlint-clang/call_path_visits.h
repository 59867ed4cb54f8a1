#pragma once
// Which arrivals at a function, on the call paths from a handler, can add facts (Analyzer::expand).
// Two paths that reach a function in the same state give its facts, and its callees' facts, the
// same guards and the same exception outcomes; only the call chain shown in notes differs. So the
// expansion enters each (function, state) once, with the first path that reaches it, instead of
// once per path, which is exponential in the length of a chain whose functions call the next more
// than once. The state is what the facts depend on: the trigger-source guards and exclusions of the
// path, and the calls on it where an exception's fate can change (ExceptionFlow::passesUnchanged).
// One thing the state does not hold: the functions on the path, whose calls the expansion cuts to
// end recursion. A visit that cut a call back to a function above it may have missed what another
// path, without that function on it, finds below; such a visit is incomplete, and a later arrival
// in the same state follows the calls again (a bounded number of times).
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace clang {
class CallExpr;
class FunctionDecl;
} // namespace clang

namespace tl::clangfe {

/// What a path from the handler brings to the function it reaches.
struct PathState {
  /// A call of the path where an exception can stop (a try around it, a noexcept callee), with the
  /// guards around it: a throw leaving a noexcept callee is reported at that call, in that context.
  struct Step {
    const clang::FunctionDecl *caller = nullptr;
    const clang::CallExpr *call = nullptr;
    const clang::FunctionDecl *callee = nullptr;
    std::vector<std::string> guards, excluded;
    auto operator<=>(const Step &) const = default;
    bool operator==(const Step &) const = default;
  };
  std::vector<std::string> guards, excluded;
  std::vector<Step> steps;
  auto operator<=>(const PathState &) const = default;
  bool operator==(const PathState &) const = default;
};

/// The arrivals of one handler's expansion at each function, and whether each adds anything.
class CallPathVisits {
public:
  enum class Arrival {
    First,     // a state not seen at this function: its facts and its calls are followed
    Shallower, // a state seen only deeper down: its calls are followed again, the depth bound cut them
    Revisit,   // a state whose visits were incomplete: its calls are followed again, through this path
    Redundant, // nothing to add
  };

  /// Records an arrival at `fn` in `state`, `depth` calls below the handler.
  Arrival arrive(const clang::FunctionDecl *fn, const PathState &state, int depth);
  /// Records that the last visit of `fn` in `state` cut a call to a function above it on the path.
  void markIncomplete(const clang::FunctionDecl *fn, const PathState &state);

private:
  struct Visits {
    int depth;               // the shallowest depth the state arrived at
    bool incomplete = false; // the last visit cut a call to a function above it (recursion)
    int revisits = 0;
  };
  struct AtFunction {
    std::map<PathState, Visits> states;
    bool unguarded = false; // a state without guards or exclusions arrived
  };
  std::unordered_map<const clang::FunctionDecl *, AtFunction> seen_;
};

} // namespace tl::clangfe
