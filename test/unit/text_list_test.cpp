#include "source/text_list.h"

#include <gtest/gtest.h>

namespace {

using List = std::vector<std::string>;

TEST(SplitList, TrimsAndDropsEmptyItems) {
  EXPECT_EQ(tl::splitList("TL101, trigger-timeout,,TL1 "), (List{"TL101", "trigger-timeout", "TL1"}));
  EXPECT_EQ(tl::splitList(""), List{});
  EXPECT_EQ(tl::splitList(" , "), List{});
}

TEST(SplitList, OtherSeparators) {
  EXPECT_EQ(tl::splitList("IsProd && !UseAlias", "&&"), (List{"IsProd", "!UseAlias"}));
  EXPECT_EQ(tl::splitList("A", "&&"), List{"A"});
}

} // namespace
