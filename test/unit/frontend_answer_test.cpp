#include "cpp/clang_frontend_runner.h"

#include <gtest/gtest.h>

namespace {

// The files each parse read come back with the facts, a file at a time; only an answer that is
// whole and about the files sent can be kept in the facts cache.
TEST(FrontendAnswer, DependenciesPerFileInBatchOrder) {
  auto answer = tl::cpp::decodeFrontendOutput(
      R"({"files": [{"file": "b.cpp", "deps": [["/p/b.cpp", "bb"], ["/p/h.h", "hh"]]},
                    {"file": "a.cpp", "deps": [["/p/a.cpp", "aa"]]}]})",
      {"a.cpp", "b.cpp"});
  EXPECT_TRUE(answer.trusted);
  ASSERT_EQ(answer.files.size(), 2u);
  EXPECT_EQ(answer.files[0].file, "a.cpp");
  ASSERT_EQ(answer.deps[0].size(), 1u);
  EXPECT_EQ(answer.deps[0][0].path, "/p/a.cpp");
  EXPECT_EQ(answer.deps[0][0].sha256, "aa");
  ASSERT_EQ(answer.deps[1].size(), 2u);
  EXPECT_EQ(answer.deps[1][1].path, "/p/h.h");
}

TEST(FrontendAnswer, AnswersInDoubtAreNotTrusted) {
  auto missing = tl::cpp::decodeFrontendOutput(R"({"files": [{"file": "a.cpp"}]})", {"a.cpp", "b.cpp"});
  EXPECT_FALSE(missing.trusted);
  ASSERT_EQ(missing.files[1].problems.size(), 1u);
  EXPECT_EQ(missing.files[1].problems[0].message, "the C++ frontend returned no result for this file");
  EXPECT_TRUE(missing.files[0].problems.empty());

  auto stray = tl::cpp::decodeFrontendOutput(R"({"files": [{"file": "a.cpp"}, {"file": "/etc/x"}]})", {"a.cpp"});
  EXPECT_FALSE(stray.trusted);
  ASSERT_EQ(stray.files[0].problems.size(), 1u);

  auto malformed =
      tl::cpp::decodeFrontendOutput(R"({"files": [{"file": "a.cpp", "deps": [["/p/a.cpp"]]}]})", {"a.cpp"});
  EXPECT_FALSE(malformed.trusted);
  EXPECT_EQ(malformed.files[0].problems.size(), 1u);
}

} // namespace
