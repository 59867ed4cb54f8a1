#include "model/model.h"
#include "source/file_path.h"
#include "source/location.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using tl::FilePath;

TEST(FilePath, EqualPathsShareOneCopy) {
  const std::string text = "stacks/a/template.yaml";
  FilePath a(text);
  FilePath b(std::string_view("stacks/a/template.yaml"));
  FilePath c("stacks/a/template.yaml");
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_EQ(&a.str(), &c.str());
  EXPECT_EQ(a, b);
  EXPECT_NE(a, FilePath("stacks/b/template.yaml"));
  EXPECT_NE(&a.str(), &FilePath("stacks/b/template.yaml").str());
}

TEST(FilePath, ReadsAndComparesAsItsText) {
  FilePath p("dir/template.yaml");
  const std::string &text = p; // where a `const std::string &` is wanted
  EXPECT_EQ(text, "dir/template.yaml");
  EXPECT_TRUE(p == std::string("dir/template.yaml"));
  EXPECT_TRUE(std::string("dir/template.yaml") == p);
  EXPECT_TRUE(p == "dir/template.yaml");
  EXPECT_TRUE(p != std::string_view("dir/other.yaml"));
  EXPECT_EQ(p + ":3", "dir/template.yaml:3");
  EXPECT_EQ("at " + p, "at dir/template.yaml");
  EXPECT_EQ(p.size(), 17u);
  EXPECT_TRUE(FilePath("a.yaml") < FilePath("b.yaml"));
  EXPECT_TRUE(FilePath("b.yaml") > "a.yaml");
  std::set<FilePath> sorted{FilePath("z"), FilePath("m"), FilePath("a")};
  EXPECT_EQ(*sorted.begin(), "a");
}

TEST(FilePath, EmptyIsDefault) {
  FilePath none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none, FilePath(""));
  EXPECT_EQ(&none.str(), &FilePath(std::string()).str());
  tl::Location loc;
  EXPECT_TRUE(loc.file.empty());
}

TEST(FilePath, LocationHoldsOnePointer) {
  // A Location is copied into every fact; with a std::string per copy the model of 50,000
  // templates took 868 MB.
  EXPECT_EQ(sizeof(FilePath), sizeof(void *));
  EXPECT_LE(sizeof(tl::Location), 16u);
  tl::Location a{"dir/t.yaml", 3, 5};
  tl::Location b{std::string("dir/t.yaml"), 4, 1};
  EXPECT_EQ(&a.file.str(), &b.file.str());
}

TEST(InternedText, TypeNamesAndPropertyPathsShareOneCopy) {
  // Thousands of templates repeat the same resource types and property paths.
  tl::model::Reference a, b;
  a.toType = std::string("AWS::Lambda::Function");
  b.toType = std::string_view("AWS::Lambda::Function");
  EXPECT_EQ(&a.toType.str(), &b.toType.str());
  a.path = "Properties.Events.Signup";
  EXPECT_TRUE(a.path.starts_with("Properties.Events."));
  EXPECT_EQ(a.path.rfind("Properties.Events.", 0), 0u);
  EXPECT_EQ(a.path.find("Signup"), 18u);
  EXPECT_EQ(a.path.substr(11, 6), "Events");
  EXPECT_EQ(sizeof(a.toType), sizeof(void *));
}

TEST(FilePath, TwoThreadsInterningTheSamePathsGetTheSameCopies) {
  constexpr int kPaths = 2000;
  std::vector<std::string> texts;
  for (int i = 0; i < kPaths; ++i)
    texts.push_back("threads/stack" + std::to_string(i % 37) + "/template" + std::to_string(i) + ".yaml");
  std::vector<const std::string *> first(kPaths), second(kPaths);
  // Opposite orders, so that both threads insert new paths while the other looks them up.
  std::thread one([&] {
    for (int i = 0; i < kPaths; ++i)
      first[i] = &FilePath(texts[i]).str();
  });
  std::thread two([&] {
    for (int i = kPaths - 1; i >= 0; --i)
      second[i] = &FilePath(texts[i]).str();
  });
  one.join();
  two.join();
  for (int i = 0; i < kPaths; ++i) {
    ASSERT_EQ(first[i], second[i]) << texts[i];
    ASSERT_EQ(*first[i], texts[i]);
  }
}

} // namespace
