#include "model/model_merge.h"
#include "model/model_size.h"

#include <gtest/gtest.h>

namespace {

// One fact of every kind, each list named by hand (not through forEachFactList), so that a list
// appendModel drops fails here and not only on the re-read path of a run over budget.
tl::model::Model oneOfEach(const std::string &tag) {
  tl::model::Model m;
  m.pools.emplace_back().key = tag;
  m.functions.emplace_back().key = tag;
  m.permissions.emplace_back().key = tag;
  m.references.emplace_back().from = tag;
  m.handlers.emplace_back().function = tag;
  m.problems.emplace_back().message = tag;
  m.duplicates.emplace_back().key = tag;
  m.suppressions.emplace_back().reason = tag;
  m.policiesRead.emplace_back().function = tag;
  m.failedCalls.emplace_back().operation = tag;
  m.dumpedConcurrency.emplace_back().function = tag;
  m.exports.emplace_back().name = tag;
  m.mappedTriggers.emplace_back().name = tag;
  return m;
}

} // namespace

TEST(ModelMerge, AppendKeepsEveryFactListInOrder) {
  tl::model::Model into = oneOfEach("first");
  appendModel(into, oneOfEach("second"));
  auto both = [](const auto &list, auto field) {
    return list.size() == 2 && list[0].*field == "first" && list[1].*field == "second";
  };
  using namespace tl::model;
  EXPECT_TRUE(both(into.pools, &UserPool::key));
  EXPECT_TRUE(both(into.functions, &Function::key));
  EXPECT_TRUE(both(into.permissions, &Permission::key));
  EXPECT_TRUE(both(into.references, &Reference::from));
  EXPECT_TRUE(both(into.handlers, &Handler::function));
  EXPECT_TRUE(both(into.problems, &InputProblem::message));
  EXPECT_TRUE(both(into.duplicates, &DuplicateKey::key));
  EXPECT_TRUE(both(into.suppressions, &Suppression::reason));
  EXPECT_TRUE(both(into.policiesRead, &PolicyRead::function));
  EXPECT_TRUE(both(into.failedCalls, &FailedCall::operation));
  EXPECT_TRUE(both(into.dumpedConcurrency, &DumpedConcurrency::function));
  EXPECT_TRUE(both(into.exports, &Export::name));
  EXPECT_TRUE(both(into.mappedTriggers, &MappedTrigger::name));
  EXPECT_EQ(tl::model::factListCount(), 13u); // a new list gets a line above
}

TEST(ModelMerge, AppendIntoAnEmptyModelKeepsEveryFact) {
  tl::model::Model into;
  appendModel(into, oneOfEach("only"));
  size_t lists = 0;
  tl::model::Model::forEachFactList([&](auto list) { lists += (into.*list).size() == 1; });
  EXPECT_EQ(lists, tl::model::factListCount());
}

TEST(ModelSize, EveryFactListCounts) {
  // A list estimatedBytes skipped would let a run keep models past its memory budget.
  const size_t empty = tl::model::estimatedBytes(tl::model::Model{});
  tl::model::Model::forEachFactList([&](auto list) {
    tl::model::Model m;
    (m.*list).emplace_back();
    EXPECT_GT(tl::model::estimatedBytes(m), empty);
  });
}
