// Shortest reference chains for many (from, to) questions at once (TL110's cycles).
#include "model/reference_graph.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace {

using tl::model::Reference;
using tl::model::ReferenceChains;
using Question = std::pair<std::string_view, std::string_view>;

struct Graph {
  std::deque<Reference> refs; // stable addresses
  std::vector<const Reference *> edges;

  void add(std::string from, std::string to, uint32_t line = 0) {
    refs.push_back({std::move(from), std::move(to), {"t.yaml", line, 1}, "", ""});
    edges.push_back(&refs.back());
  }
};

std::string spell(const ReferenceChains::Chain &chain) {
  std::string out;
  for (const Reference *r : chain)
    out += (out.empty() ? r->from : "") + " -> " + r->to;
  return out;
}

TEST(ReferenceChains, ShortestChainTiesGoToTheEarlierReference) {
  Graph g;
  g.add("Fn", "Role", 1);
  g.add("Fn", "Table", 2);
  g.add("Table", "Pool", 3);
  g.add("Role", "Pool", 4);
  g.add("Fn", "Queue", 5);
  g.add("Queue", "Other", 6);
  g.add("Other", "Pool", 7);
  ReferenceChains chains(g.edges, {{"Fn", "Pool"}});
  EXPECT_EQ(spell(chains.chain("Fn", "Pool")), "Fn -> Role -> Pool");
  EXPECT_EQ(chains.chain("Fn", "Pool").front()->loc.line, 1u);
}

TEST(ReferenceChains, NoChainWithoutAPathOrAQuestion) {
  Graph g;
  g.add("Pool", "Fn");
  g.add("Fn", "Table");
  g.add("Other", "Pool");
  ReferenceChains chains(g.edges, {{"Fn", "Pool"}, {"Fn", "Missing"}});
  EXPECT_TRUE(chains.chain("Fn", "Pool").empty());
  EXPECT_TRUE(chains.chain("Fn", "Missing").empty());
  EXPECT_TRUE(chains.chain("Pool", "Fn").empty()); // a path, but nobody asked
}

// Only the question's own reverse edge may close a cycle: a chain through another question's
// edge is no chain of references.
TEST(ReferenceChains, OtherQuestionsAddNoReferences) {
  Graph g;
  g.add("FnA", "PoolB");
  g.add("FnB", "PoolA");
  ReferenceChains chains(g.edges, {{"FnA", "PoolA"}, {"FnB", "PoolB"}});
  EXPECT_TRUE(chains.chain("FnA", "PoolA").empty());
  EXPECT_TRUE(chains.chain("FnB", "PoolB").empty());
}

// A chain of functions with a pool bound to every tenth: one search per question would visit the
// rest of the chain each time (n * n / 20 visits); the answer must stay linear in the graph.
TEST(ReferenceChains, ManyQuestionsOnALongChainStayLinear) {
  constexpr int kFunctions = 20000;
  Graph g;
  std::vector<std::string> fns, pools;
  for (int i = 0; i < kFunctions; ++i)
    fns.push_back("Fn" + std::to_string(i));
  for (int p = 0; p < kFunctions / 10; ++p)
    pools.push_back("Pool" + std::to_string(p));
  for (int i = 0; i + 1 < kFunctions; ++i) {
    g.add(fns[i], fns[i + 1]);
    if (i % 100 == 5) // every tenth pool's function leads back to it in five steps
      g.add(fns[i], pools[(i - 5) / 10]);
  }
  std::vector<Question> questions;
  for (int p = 0; p < kFunctions / 10; ++p) {
    g.add(pools[p], fns[p * 10]);
    questions.push_back({fns[p * 10], pools[p]});
  }
  ReferenceChains chains(g.edges, questions);
  for (int p = 0; p < kFunctions / 10; ++p)
    EXPECT_EQ(chains.chain(fns[p * 10], pools[p]).size(), p % 10 == 0 ? 6u : 0u) << p;
  const size_t size = fns.size() + pools.size() + g.edges.size();
  EXPECT_LE(chains.visits(), 3 * size);
}

// Components are found without recursion: a chain far deeper than the stack allows.
TEST(ReferenceChains, DeepChainAndCycle) {
  constexpr int kDepth = 200000;
  Graph g;
  g.add("Pool", "Fn0");
  for (int i = 0; i < kDepth; ++i)
    g.add("Fn" + std::to_string(i), "Fn" + std::to_string(i + 1));
  g.add("Fn" + std::to_string(kDepth), "Pool");
  ReferenceChains chains(g.edges, {{"Fn0", "Pool"}});
  EXPECT_EQ(chains.chain("Fn0", "Pool").size(), static_cast<size_t>(kDepth) + 1);
}

} // namespace
