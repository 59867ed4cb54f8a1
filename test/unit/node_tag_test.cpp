#include "document/node_tag.h"

#include <gtest/gtest.h>

namespace tl::doc {
namespace {

TEST(NodeTag, EqualTextsShareOneIndex) {
  const NodeTag ref("!Ref"), again(std::string("!R") + "ef"), getAtt("!GetAtt");
  EXPECT_EQ(ref, again);
  EXPECT_FALSE(ref == getAtt);
  EXPECT_EQ(ref, "!Ref");
  EXPECT_EQ(getAtt.view(), "!GetAtt");
  EXPECT_FALSE(ref.empty());
}

TEST(NodeTag, NoTagIsEmpty) {
  EXPECT_TRUE(NodeTag().empty());
  EXPECT_TRUE(NodeTag("").empty());
  EXPECT_EQ(NodeTag().view(), "");
  EXPECT_EQ(NodeTag(""), NodeTag());
}

} // namespace
} // namespace tl::doc
