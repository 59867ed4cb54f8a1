// doc::Arena: nodes keep their addresses while the arena grows, and forEach sees each node once,
// in creation order, across block boundaries.
#include "document/node_arena.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

TEST(NodeArena, AddressesStayAndEveryNodeIsVisitedInOrder) {
  tl::doc::Arena<int> arena;
  std::vector<int *> made;
  const int count = 20000; // crosses the doubling blocks and several 4096-node blocks
  for (int i = 0; i < count; ++i) {
    int &slot = arena.make();
    slot = i;
    made.push_back(&slot);
  }
  EXPECT_EQ(arena.size(), static_cast<size_t>(count));
  for (int i = 0; i < count; ++i)
    ASSERT_EQ(*made[i], i) << "node " << i << " moved or was overwritten";
  int next = 0;
  arena.forEach([&](int &value) { EXPECT_EQ(value, next++); });
  EXPECT_EQ(next, count);
}

TEST(NodeArena, ClearStartsOver) {
  tl::doc::Arena<int> arena;
  for (int i = 0; i < 100; ++i)
    arena.make() = i;
  arena.clear();
  EXPECT_EQ(arena.size(), 0u);
  arena.make() = 7;
  int seen = 0;
  arena.forEach([&](int &value) {
    EXPECT_EQ(value, 7);
    ++seen;
  });
  EXPECT_EQ(seen, 1);
}

} // namespace
