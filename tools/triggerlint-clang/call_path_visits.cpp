#include "call_path_visits.h"

#include <algorithm>

namespace tl::clangfe {
namespace {

// Real code reaches a function in a handful of states; a generated call graph could reach it in
// exponentially many (every combination of guarded calls and calls inside a try). Past this many
// the state is unknown, and an unknown state adds nothing: reporting its facts under no guard could
// call a pre-authentication denial a post-authentication failure, and its facts' locations are
// in the model already, from the states before it.
constexpr size_t kMaxStatesPerFunction = 16;
// Each incomplete visit is followed again by at most this many later arrivals: enough for the
// recursions of real code (a later path without the cut function on it), while a generated mesh of
// mutually recursive functions stays linear in its size.
constexpr int kMaxRevisits = 4;

void sortUnique(std::vector<std::string> &v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Guards and exclusions are sets: two paths that test the same sources in another order arrive in
// one state.
PathState normalised(PathState s) {
  sortUnique(s.guards);
  sortUnique(s.excluded);
  for (PathState::Step &step : s.steps) {
    sortUnique(step.guards);
    sortUnique(step.excluded);
  }
  return s;
}

} // namespace

CallPathVisits::Arrival CallPathVisits::arrive(const clang::FunctionDecl *fn, const PathState &given, int depth) {
  const PathState state = normalised(given);
  AtFunction &at = seen_[fn];
  auto it = at.states.find(state);
  if (it != at.states.end()) {
    Visits &v = it->second;
    if (depth < v.depth) {
      v.depth = depth;
      return Arrival::Shallower;
    }
    if (!v.incomplete || v.revisits >= kMaxRevisits)
      return Arrival::Redundant;
    v.incomplete = false; // until this visit cuts again
    ++v.revisits;
    return Arrival::Revisit;
  }
  bool unguarded = state.guards.empty() && state.excluded.empty();
  // The first unguarded arrival is kept past the cap: it is where a failure that no trigger-source
  // test keeps from post-authentication is reported.
  if (at.states.size() >= kMaxStatesPerFunction && !(unguarded && !at.unguarded))
    return Arrival::Redundant;
  at.unguarded = at.unguarded || unguarded;
  at.states.emplace(state, Visits{depth});
  return Arrival::First;
}

void CallPathVisits::markIncomplete(const clang::FunctionDecl *fn, const PathState &given) {
  const PathState state = normalised(given);
  if (auto at = seen_.find(fn); at != seen_.end())
    if (auto it = at->second.states.find(state); it != at->second.states.end())
      it->second.incomplete = true;
}

} // namespace tl::clangfe
