#include "response_paths.h"

#include "clang/AST/Decl.h"

#include <algorithm>
#include <map>
#include <set>

namespace tl::clangfe {
namespace {

using namespace clang;

using model::ResponseWrite;

// A JSON object whose text a function sends as the response: `via` holds the calls from that
// function down to the one serialising it, `ctx` their sources (both empty for the function's own).
struct Root {
  int node;
  std::vector<SourceLocation> via;
  Ctx ctx;
};
using RootsMemo = std::unordered_map<const FunctionDecl *, std::pair<int, std::vector<Root>>>; // depth, roots

// The nodes `f` serialises into its response: its own, its callees' parameters mapped back to the
// arguments that fill them, and the objects of callees whose response `f` returns as its own.
std::vector<Root> serialisedRoots(const FunctionDecl *f, std::set<const FunctionDecl *> &onPath, int depth,
                                  RootsMemo &memo, ResponseGraph &graph,
                                  std::unordered_map<const FunctionDecl *, Summary> &summaries_) {
  std::vector<Root> out;
  if (depth > kMaxCallDepth || onPath.count(f))
    return out;
  // A function's roots do not depend on the path to it, except where the depth bound or a cycle
  // cut them: each is computed once, and again only from a shallower call.
  if (auto known = memo.find(f); known != memo.end() && known->second.first <= depth)
    return known->second.second;
  onPath.insert(f);
  Summary &s = summaries_[f];
  for (const Serialised &x : s.serialised)
    out.push_back({x.node, {}, {}});
  for (const auto &site : s.calls) {
    std::vector<Root> sub = serialisedRoots(site.callee, onPath, depth + 1, memo, graph, summaries_);
    bool returned = std::find(s.returnedCalls.begin(), s.returnedCalls.end(), site.call) != s.returnedCalls.end();
    for (const Root &r : sub) {
      bool parameter = false;
      for (unsigned i = 0; r.via.empty() && i < site.callee->getNumParams() && i < site.argNodes.size(); ++i)
        if (graph.varNode(site.callee->getParamDecl(i)) == r.node) {
          parameter = true;
          if (site.argNodes[i] >= 0)
            out.push_back({site.argNodes[i], {}, {}});
        }
      // a lambda serialising a variable it captured serialises the variable
      for (const auto &[inside, here] : site.captures)
        if (r.via.empty() && inside == r.node) {
          parameter = true;
          out.push_back({here, {}, {}});
        }
      // an object the callee serialises itself is this function's response only when this function
      // returns the callee's response (a log line or a request body built beside it is not)
      if (parameter || !returned)
        continue;
      Root lifted{r.node, {site.loc}, merged(site.ctx, r.ctx)};
      if (lifted.ctx.never)
        continue;
      lifted.via.insert(lifted.via.end(), r.via.begin(), r.via.end());
      out.push_back(std::move(lifted));
    }
  }
  onPath.erase(f);
  memo[f] = {depth, out};
  return out;
}

// Every keyed write reachable from `roots`, with the calls and sources on the way.
void writesFrom(const std::vector<Root> &roots, ResponseGraph &graph, const std::function<Location(SourceLocation)> &loc,
                std::vector<ResponseWrite> &out) {
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
          if (c2.never) { // a write no source makes
            if (e.hasSite)
              via.pop_back();
            path.resize(oldSize);
            continue;
          }
          bool inner = e.to >= 0 && !graph.out(e.to).empty();
          if (inner) {
            walk(e.to, path, via, c2);
          } else if (!path.empty() && !e.keys.empty()) {
            ResponseWrite w;
            w.path = path;
            w.strings = e.strings;
            w.ctx = codeContext(loc(e.loc), via, c2);
            if (e.foreign) { // written in another translation unit: there, below the call
              w.ctx.loc = e.foreign->loc;
              w.ctx.via.insert(w.ctx.via.end(), e.foreign->via.begin(), e.foreign->via.end());
            }
            std::vector<std::string> sig = path;
            sig.push_back(w.ctx.loc.file + ":" + std::to_string(w.ctx.loc.line) + ":" + std::to_string(w.ctx.loc.column));
            if (emitted.insert(sig).second)
              out.push_back(std::move(w));
          }
          if (e.hasSite)
            via.pop_back();
          path.resize(oldSize);
        }
        stack.pop_back();
      };
  for (const Root &r : roots) {
    std::vector<std::string> path;
    std::vector<Location> via;
    for (SourceLocation site : r.via)
      via.push_back(loc(site));
    walk(r.node, path, via, r.ctx);
  }
}

} // namespace

void addResponseWrites(model::Handler &h, const FunctionDecl *root, ResponseGraph &graph,
                       std::unordered_map<const FunctionDecl *, Summary> &summaries_,
                       const std::function<Location(SourceLocation)> &loc) {
  std::set<const FunctionDecl *> rp;
  RootsMemo rootsMemo;
  std::vector<Root> roots = serialisedRoots(root, rp, 0, rootsMemo, graph, summaries_);
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
      if (!held.count(n) && writesResponse(n) &&
          std::none_of(roots.begin(), roots.end(), [&](const Root &r) { return r.node == n; }))
        roots.push_back({n, {}, {}});
  }
  writesFrom(roots, graph, loc, h.writes);
}

std::vector<ResponseWrite> writesInto(int node, ResponseGraph &graph, const std::function<Location(SourceLocation)> &loc) {
  std::vector<ResponseWrite> out;
  writesFrom({{node, {}, {}}}, graph, loc, out);
  return out;
}

} // namespace tl::clangfe
