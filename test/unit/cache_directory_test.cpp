#include "cache/cache_directory.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

class CacheDirectoryTest : public ::testing::Test {
protected:
  void SetUp() override {
    root = fs::temp_directory_path() / ("tl-cache-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root);
    fs::create_directories(root);
  }
  void TearDown() override { fs::remove_all(root); }

  void file(const fs::path &p, size_t bytes, int minutesAgo) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << std::string(bytes, 'x');
    fs::last_write_time(p, fs::file_time_type::clock::now() - std::chrono::minutes(minutesAgo));
  }
  fs::path root;
};

TEST_F(CacheDirectoryTest, WritesAtomicallyCreatingDirectories) {
  const fs::path entry = root / "facts" / "ab" / "entry.tlfacts";
  ASSERT_TRUE(tl::cache::writeAtomically(entry, "one"));
  ASSERT_TRUE(tl::cache::writeAtomically(entry, "two"));
  EXPECT_EQ(tl::cache::readWhole(entry).value_or(""), "two");
  size_t files = 0;
  for (const auto &e : fs::recursive_directory_iterator(root))
    files += e.is_regular_file();
  EXPECT_EQ(files, 1u) << "no temporary file is left";
}

TEST_F(CacheDirectoryTest, AWriteThatCannotHappenIsFalse) {
  file(root / "plain", 1, 0);
  EXPECT_FALSE(tl::cache::writeAtomically(root / "plain" / "entry", "x")); // a file where a directory must be
  EXPECT_FALSE(tl::cache::readWhole(root / "missing").has_value());
}

TEST_F(CacheDirectoryTest, EvictsLeastRecentlyUsedDownToNinetyPercent) {
  file(root / "a" / "oldest", 400, 50);
  file(root / "a" / "old", 400, 40);
  file(root / "b" / "recent", 400, 30);
  file(root / "b" / "newest", 400, 20);
  tl::cache::markUsed(root / "a" / "oldest"); // used just now: the most recent
  auto result = tl::cache::evictLeastRecentlyUsed(root, 1000);
  EXPECT_EQ(result.bytesBefore, 1600u);
  EXPECT_EQ(result.removed, 2u);
  EXPECT_EQ(result.bytesAfter, 800u);
  EXPECT_TRUE(fs::exists(root / "a" / "oldest"));
  EXPECT_FALSE(fs::exists(root / "a" / "old"));
  EXPECT_FALSE(fs::exists(root / "b" / "recent"));
  EXPECT_TRUE(fs::exists(root / "b" / "newest"));
}

TEST_F(CacheDirectoryTest, UnderTheBoundNothingIsEvicted) {
  file(root / "one", 400, 50);
  auto result = tl::cache::evictLeastRecentlyUsed(root, 400);
  EXPECT_EQ(result.removed, 0u);
  EXPECT_TRUE(fs::exists(root / "one"));
}

TEST_F(CacheDirectoryTest, AWriteInProgressIsKeptUnlessAbandoned) {
  file(root / "entry.tlfacts.tmp.123.0", 300, 5);  // another run is writing it
  file(root / "entry2.tlfacts.tmp.77.0", 900, 90); // a run that died mid-write
  file(root / "entry3.tlfacts", 100, 1);
  auto result = tl::cache::evictLeastRecentlyUsed(root, 1000);
  EXPECT_TRUE(fs::exists(root / "entry.tlfacts.tmp.123.0"));
  EXPECT_FALSE(fs::exists(root / "entry2.tlfacts.tmp.77.0"));
  EXPECT_TRUE(fs::exists(root / "entry3.tlfacts"));
  EXPECT_EQ(result.removed, 1u);
}

TEST(DefaultCacheDirectory, FollowsTheXdgBaseDirectorySpec) {
  const char *savedXdg = std::getenv("XDG_CACHE_HOME");
  const char *savedHome = std::getenv("HOME");
  const std::string xdg = savedXdg ? savedXdg : "", home = savedHome ? savedHome : "";
  ::setenv("XDG_CACHE_HOME", "/x/cache", 1);
  ::setenv("HOME", "/home/u", 1);
  EXPECT_EQ(tl::cache::defaultCacheDirectory(), "/x/cache/triggerlint");
  ::setenv("XDG_CACHE_HOME", "relative", 1); // invalid: ignored
  EXPECT_EQ(tl::cache::defaultCacheDirectory(), "/home/u/.cache/triggerlint");
  ::unsetenv("XDG_CACHE_HOME");
  EXPECT_EQ(tl::cache::defaultCacheDirectory(), "/home/u/.cache/triggerlint");
  ::unsetenv("HOME");
  EXPECT_EQ(tl::cache::defaultCacheDirectory(), "");
  savedXdg ? ::setenv("XDG_CACHE_HOME", xdg.c_str(), 1) : ::unsetenv("XDG_CACHE_HOME");
  savedHome ? ::setenv("HOME", home.c_str(), 1) : ::unsetenv("HOME");
}

} // namespace
