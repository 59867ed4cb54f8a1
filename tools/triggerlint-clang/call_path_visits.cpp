#include "call_path_visits.h"

namespace tl::clangfe {
namespace {

// Real code reaches a function in a handful of states; a generated call graph could reach it in
// exponentially many (every combination of guarded calls and calls inside a try). Past this many
// the state is unknown, and an unknown state adds nothing: reporting its facts under no guard could
// call a pre-authentication denial a post-authentication failure, and its facts' locations are
// in the model already, from the states before it.
constexpr size_t kMaxStatesPerFunction = 16;

} // namespace

CallPathVisits::Arrival CallPathVisits::arrive(const clang::FunctionDecl *fn, const PathState &state, int depth) {
  AtFunction &at = seen_[fn];
  auto it = at.depthOf.find(state);
  if (it != at.depthOf.end()) {
    if (depth >= it->second)
      return Arrival::Redundant;
    it->second = depth;
    return Arrival::Shallower;
  }
  bool unguarded = state.guards.empty() && state.excluded.empty();
  // The first unguarded arrival is kept past the cap: it is where a failure that no trigger-source
  // test keeps from post-authentication is reported.
  if (at.depthOf.size() >= kMaxStatesPerFunction && !(unguarded && !at.unguarded))
    return Arrival::Redundant;
  at.unguarded = at.unguarded || unguarded;
  at.depthOf.emplace(state, depth);
  return Arrival::First;
}

} // namespace tl::clangfe
