#include "source/path_containment.h"

#include <gtest/gtest.h>

TEST(PathContainment, InsideOnlyAtAComponentBoundary) {
  EXPECT_TRUE(tl::isInsideDirectory("/a/b/c.cpp", "/a/b"));
  EXPECT_TRUE(tl::isInsideDirectory("/a/b/c.cpp", "/a/b/"));
  EXPECT_TRUE(tl::isInsideDirectory("/a/b", "/"));
  EXPECT_FALSE(tl::isInsideDirectory("/a/bc/d.cpp", "/a/b")); // a sibling sharing a prefix
  EXPECT_FALSE(tl::isInsideDirectory("/a/b", "/a/b"));        // the directory itself
  EXPECT_FALSE(tl::isInsideDirectory("/a/b", ""));
  EXPECT_FALSE(tl::isInsideDirectory("", "/a"));
}

TEST(PathContainment, AbsoluteNormalPathDropsDotsAndTheTrailingSlash) {
  EXPECT_EQ(tl::absoluteNormalPath("/a/./b/../c/"), "/a/c");
  EXPECT_EQ(tl::absoluteNormalPath("/"), "/");
  EXPECT_EQ(tl::absoluteNormalPath("x").front(), '/');
}
