#include "response_paths.h"

#include "clang/AST/Decl.h"

#include <algorithm>
#include <map>
#include <set>

namespace tl::clangfe {
namespace {

using namespace clang;

using model::ResponseWrite;

using RootsMemo = std::unordered_map<const FunctionDecl *, std::pair<int, std::vector<int>>>; // depth, roots

// The nodes `f` serialises into its response, its callees' roots mapped back to the arguments
// that fill their parameters.
std::vector<int> serialisedRoots(const FunctionDecl *f, std::set<const FunctionDecl *> &onPath, int depth,
                                 RootsMemo &memo, ResponseGraph &graph,
                                 std::unordered_map<const FunctionDecl *, Summary> &summaries_) {
  std::vector<int> out;
  if (depth > kMaxCallDepth || onPath.count(f))
    return out;
  // A function's roots do not depend on the path to it, except where the depth bound or a cycle
  // cut them: each is computed once, and again only from a shallower call.
  if (auto known = memo.find(f); known != memo.end() && known->second.first <= depth)
    return known->second.second;
  onPath.insert(f);
  Summary &s = summaries_[f];
  out = s.serialised;
  for (const auto &site : s.calls) {
    auto sub = serialisedRoots(site.callee, onPath, depth + 1, memo, graph, summaries_);
    for (int n : sub) {
      for (unsigned i = 0; i < site.callee->getNumParams() && i < site.argNodes.size(); ++i)
        if (graph.varNode(site.callee->getParamDecl(i)) == n && site.argNodes[i] >= 0)
          out.push_back(site.argNodes[i]);
      // a callee serialising its own object (returned by value) is not this handler's response
    }
  }
  onPath.erase(f);
  memo[f] = {depth, out};
  return out;
}

} // namespace

void addResponseWrites(model::Handler &h, const FunctionDecl *root, ResponseGraph &graph,
                       std::unordered_map<const FunctionDecl *, Summary> &summaries_,
                       const std::function<Location(SourceLocation)> &loc) {
  auto mk = [&](SourceLocation l, const std::vector<Location> &via, const Ctx &c) { return codeContext(loc(l), via, c); };
  std::set<const FunctionDecl *> rp;
  RootsMemo rootsMemo;
  std::vector<int> roots = serialisedRoots(root, rp, 0, rootsMemo, graph, summaries_);
  if (roots.empty() && h.degraded) {
    // the success(...) call did not survive the missing header: use the handler's own
    // JSON variables that nothing else holds and that write a response, as only the event
    // does (a request body or a log record built beside it is not what the handler answers)
    std::set<int> held;
    for (const auto &e : graph.edges())
      if (e.to >= 0)
        held.insert(e.to);
    auto writesResponse = [&](int n) {
      return std::any_of(graph.out(n).begin(), graph.out(n).end(),
                         [&](int ei) { return !graph.edges()[ei].keys.empty() && graph.edges()[ei].keys.front() == "response"; });
    };
    for (int n : summaries_[root].topNodes)
      if (!held.count(n) && writesResponse(n) && std::find(roots.begin(), roots.end(), n) == roots.end())
        roots.push_back(n);
  }
  std::set<std::vector<std::string>> emitted;
  std::vector<int> stack;
  // A write is emitted once per path and location, whatever the route to it: a node reached again
  // with the same keys adds nothing unless the stack bound cut it the first time.
  std::map<std::pair<int, std::vector<std::string>>, size_t> walked; // (node, keys) -> least stack depth
  std::function<void(int, std::vector<std::string> &, std::vector<Location> &, const Ctx &)> walk =
      [&](int n, std::vector<std::string> &path, std::vector<Location> &via, const Ctx &c) {
        if (static_cast<int>(path.size()) > kMaxPathDepth || static_cast<int>(stack.size()) > 64 ||
            std::find(stack.begin(), stack.end(), n) != stack.end())
          return;
        auto [at, fresh] = walked.emplace(std::make_pair(n, path), stack.size());
        if (!fresh && at->second <= stack.size())
          return;
        at->second = stack.size();
        stack.push_back(n);
        for (int ei : graph.out(n)) {
          const Edge &e = graph.edges()[ei];
          size_t oldSize = path.size();
          path.insert(path.end(), e.keys.begin(), e.keys.end());
          if (e.hasSite)
            via.push_back(loc(e.site));
          Ctx c2 = merged(c, e.ctx);
          bool inner = e.to >= 0 && !graph.out(e.to).empty();
          if (inner) {
            walk(e.to, path, via, c2);
          } else if (!path.empty() && !e.keys.empty()) {
            ResponseWrite w;
            w.path = path;
            w.strings = e.strings;
            w.ctx = mk(e.loc, via, c2);
            std::vector<std::string> sig = path;
            sig.push_back(w.ctx.loc.file + ":" + std::to_string(w.ctx.loc.line) + ":" + std::to_string(w.ctx.loc.column));
            if (emitted.insert(sig).second)
              h.writes.push_back(std::move(w));
          }
          if (e.hasSite)
            via.pop_back();
          path.resize(oldSize);
        }
        stack.pop_back();
      };
  for (int r : roots) {
    std::vector<std::string> path;
    std::vector<Location> via;
    walk(r, path, via, Ctx{});
  }
}

} // namespace tl::clangfe
