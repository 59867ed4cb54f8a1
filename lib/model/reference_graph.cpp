#include "model/reference_graph.h"

#include <algorithm>
#include <deque>

namespace tl::model {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

uint64_t pairKey(uint32_t from, uint32_t to) { return (uint64_t{from} << 32) | to; }

} // namespace

uint32_t ReferenceChains::node(std::string_view id) {
  auto [it, added] = ids_.try_emplace(id, static_cast<uint32_t>(out_.size()));
  if (added) {
    out_.emplace_back();
    in_.emplace_back();
  }
  return it->second;
}

ReferenceChains::ReferenceChains(const std::vector<const Reference *> &edges,
                                 const std::vector<std::pair<std::string_view, std::string_view>> &questions) {
  for (const Reference *ref : edges) {
    uint32_t from = node(ref->from), to = node(ref->to);
    out_[from].push_back({to, ref});
    in_[to].push_back(from);
  }
  std::vector<std::pair<uint32_t, uint32_t>> asked;
  asked.reserve(questions.size());
  for (const auto &[from, to] : questions)
    asked.push_back({node(from), node(to)});
  componentsWithQuestions(asked);

  // One search per distinct target, and only for targets some question shares a component with.
  std::sort(asked.begin(), asked.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
  std::vector<uint32_t> froms;
  for (size_t i = 0; i < asked.size();) {
    const uint32_t to = asked[i].second;
    froms.clear();
    for (; i < asked.size() && asked[i].second == to; ++i)
      if (asked[i].first != to && component_[asked[i].first] == component_[to])
        froms.push_back(asked[i].first);
    if (!froms.empty())
      answer(to, froms);
  }
}

// Tarjan's strongly connected components, iterative (a chain of thousands of resources must not
// exhaust the stack), over the references plus one edge to -> from per question.
void ReferenceChains::componentsWithQuestions(const std::vector<std::pair<uint32_t, uint32_t>> &asked) {
  const size_t n = out_.size();
  std::vector<std::vector<uint32_t>> back(n);
  for (const auto &[from, to] : asked)
    back[to].push_back(from);
  auto degree = [&](uint32_t v) { return out_[v].size() + back[v].size(); };
  auto successor = [&](uint32_t v, size_t i) { return i < out_[v].size() ? out_[v][i].first : back[v][i - out_[v].size()]; };

  std::vector<uint32_t> index(n, kNone), low(n, 0);
  std::vector<bool> onStack(n, false);
  std::vector<uint32_t> stack;
  struct Frame {
    uint32_t v;
    size_t next;
  };
  std::vector<Frame> frames;
  component_.assign(n, kNone);
  uint32_t counter = 0, components = 0;
  auto enter = [&](uint32_t v) {
    ++visits_;
    index[v] = low[v] = counter++;
    stack.push_back(v);
    onStack[v] = true;
    frames.push_back({v, 0});
  };
  for (uint32_t root = 0; root < n; ++root) {
    if (index[root] != kNone)
      continue;
    enter(root);
    while (!frames.empty()) {
      const uint32_t v = frames.back().v;
      if (frames.back().next < degree(v)) {
        const uint32_t w = successor(v, frames.back().next++);
        if (index[w] == kNone)
          enter(w);
        else if (onStack[w])
          low[v] = std::min(low[v], index[w]);
        continue;
      }
      if (low[v] == index[v]) {
        uint32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          onStack[w] = false;
          component_[w] = components;
        } while (w != v);
        ++components;
      }
      frames.pop_back();
      if (!frames.empty())
        low[frames.back().v] = std::min(low[frames.back().v], low[v]);
    }
  }
}

// Distances to `to` by a backward search that stays in its component (every node of a chain from
// a question's `from` to `to` is in it); then each chain steps to the first reference, in model
// order, that gets one closer. That is the chain a forward breadth-first search from `from`
// finds first, so findings do not depend on how the answer was computed.
void ReferenceChains::answer(uint32_t to, const std::vector<uint32_t> &froms) {
  std::unordered_map<uint32_t, uint32_t> dist{{to, 0}};
  std::deque<uint32_t> queue{to};
  while (!queue.empty()) {
    const uint32_t at = queue.front();
    queue.pop_front();
    ++visits_;
    for (uint32_t prev : in_[at])
      if (component_[prev] == component_[to] && dist.try_emplace(prev, dist[at] + 1).second)
        queue.push_back(prev);
  }
  for (uint32_t from : froms) {
    auto d = dist.find(from);
    if (d == dist.end())
      continue; // only the added question edges made them one component
    Chain chain;
    for (uint32_t at = from, left = d->second; at != to; --left) {
      const Reference *step = nullptr;
      for (const auto &[next, ref] : out_[at]) {
        ++visits_;
        if (auto nd = dist.find(next); nd != dist.end() && nd->second + 1 == left) {
          step = ref;
          at = next;
          break;
        }
      }
      if (!step) { // cannot happen: a node at distance d has a successor at d - 1
        chain.clear();
        break;
      }
      chain.push_back(step);
    }
    answers_.emplace(pairKey(from, to), std::move(chain));
  }
}

const ReferenceChains::Chain &ReferenceChains::chain(std::string_view from, std::string_view to) const {
  static const Chain kNoChain;
  auto f = ids_.find(from), t = ids_.find(to);
  if (f == ids_.end() || t == ids_.end())
    return kNoChain;
  auto it = answers_.find(pairKey(f->second, t->second));
  return it == answers_.end() ? kNoChain : it->second;
}

} // namespace tl::model
