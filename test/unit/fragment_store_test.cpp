#include "fragment_store.h"

#include "model/model_size.h"

#include <gtest/gtest.h>

namespace {

tl::model::Model withPool(const std::string &key) {
  tl::model::Model m;
  m.pools.emplace_back().key = key;
  return m;
}

} // namespace

TEST(FragmentStore, KeepsWhatFitsAndDropsOnlyTheFilesPastTheBudget) {
  const size_t each = tl::model::estimatedBytes(withPool("p"));
  tl::FragmentStore store(3 * each + each / 2); // room for three models and a half
  size_t kept = 0;
  for (size_t file = 0; file < 5; ++file)
    kept += store.keep(file, withPool("p"));
  EXPECT_EQ(kept, 3u);
  EXPECT_EQ(store.dropped(), 2u); // files 3 and 4 are read again, not all five
  for (size_t file = 0; file < 3; ++file) {
    std::optional<tl::model::Model> m = store.take(file);
    ASSERT_TRUE(m) << file;
    ASSERT_EQ(m->pools.size(), 1u);
  }
  EXPECT_FALSE(store.take(3));
  EXPECT_FALSE(store.take(4));
  EXPECT_FALSE(store.take(0)); // taken once
}

TEST(FragmentStore, ASmallerModelStillFitsAfterALargeOneDidNot) {
  tl::model::Model large;
  for (int i = 0; i < 100; ++i)
    large.pools.emplace_back().key = "a pool key long enough to leave the small string buffer " + std::to_string(i);
  const size_t small = tl::model::estimatedBytes(withPool("p"));
  tl::FragmentStore store(2 * small);
  EXPECT_TRUE(store.keep(0, withPool("p")));
  EXPECT_FALSE(store.keep(1, std::move(large)));
  EXPECT_TRUE(store.keep(2, withPool("p")));
  EXPECT_FALSE(store.keep(3, withPool("p")));
  EXPECT_EQ(store.dropped(), 2u);
}

TEST(FragmentStore, ZeroBudgetKeepsNothing) {
  tl::FragmentStore store(0);
  EXPECT_FALSE(store.keep(0, withPool("p")));
  EXPECT_FALSE(store.take(0));
  EXPECT_EQ(store.dropped(), 1u);
}
