#pragma once
// The references of one template as a graph between logical ids, answering many "which shortest
// chain of references leads from A to B" questions at once. Asked once per trigger binding, a
// search each would cost bindings x references (a long chain of functions and many pools took
// minutes); here an answer is only searched for when A and B can lie on one cycle at all.
#include "model/model.h"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tl::model {

class ReferenceChains {
public:
  using Chain = std::vector<const Reference *>;

  /// `edges`: the references of one template, in model order (a tie between equally short chains
  /// goes to the one whose first differing reference comes first in this order). `questions`:
  /// (from, to) pairs whose answer is needed only when `to` also leads back to `from` (a pool
  /// naming its trigger function): such a chain and that edge form a cycle, so both ends lie in
  /// one strongly connected component of the graph with the question's reverse edges added.
  ReferenceChains(const std::vector<const Reference *> &edges,
                  const std::vector<std::pair<std::string_view, std::string_view>> &questions);

  /// The shortest chain from `from` to `to` for a question asked at construction; empty when
  /// there is none or it was not asked.
  const Chain &chain(std::string_view from, std::string_view to) const;

  /// Nodes visited by the searches (for tests: linear in the graph, not in graph x questions).
  size_t visits() const { return visits_; }

private:
  uint32_t node(std::string_view id);
  void componentsWithQuestions(const std::vector<std::pair<uint32_t, uint32_t>> &asked);
  void answer(uint32_t to, const std::vector<uint32_t> &froms);

  std::unordered_map<std::string_view, uint32_t> ids_;
  std::vector<std::vector<std::pair<uint32_t, const Reference *>>> out_; // in edge order
  std::vector<std::vector<uint32_t>> in_;
  std::vector<uint32_t> component_;
  std::unordered_map<uint64_t, Chain> answers_;
  size_t visits_ = 0;
};

} // namespace tl::model
