#include "document/node.h"
#include "document/text_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tl::doc {
namespace {

TEST(TextArena, KeepsTextsOfEverySizeIntact) {
  TextArena arena;
  std::vector<std::string> written;
  std::vector<std::string_view> kept;
  // Sizes below, at and above the first block (4 KiB) and the large-request cut (16 KiB): a
  // request larger than the block it starts was once written past that block's end.
  for (size_t size : {1u, 7u, 4095u, 4096u, 4097u, 9000u, 16384u, 16385u, 70000u, 3u}) {
    written.push_back(std::string(size, static_cast<char>('a' + written.size())));
    kept.push_back(arena.keep(written.back()));
  }
  for (size_t i = 0; i < written.size(); ++i)
    EXPECT_EQ(kept[i], written[i]) << "text " << i;
  EXPECT_TRUE(arena.keep(std::string_view()).empty());
}

TEST(TextArena, AlignsChildListsAfterOddTexts) {
  TextArena arena;
  arena.keep("abc");
  Node a, b;
  const std::vector<MapEntry> entries(2000, MapEntry{&a, &b}); // 32,000 bytes: its own block
  const auto kept = arena.keep(std::span<const MapEntry>(entries));
  arena.keep("x");
  const std::vector<const Node *> items(300, &a);
  const auto keptItems = arena.keep(std::span<const Node *const>(items));
  EXPECT_EQ(reinterpret_cast<uintptr_t>(kept.data()) % alignof(MapEntry), 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(keptItems.data()) % alignof(const Node *), 0u);
  ASSERT_EQ(kept.size(), 2000u);
  EXPECT_EQ(kept.back().value, &b);
  ASSERT_EQ(keptItems.size(), 300u);
  EXPECT_EQ(keptItems.front(), &a);
}

TEST(Node, CollectionsAndScalarsKeepTheirOwnViews) {
  Document doc;
  doc.text = "a: [1, x]\nb: {}\n";
  readYaml(doc);
  ASSERT_NE(doc.root, nullptr);
  EXPECT_EQ(doc.root->entries().size(), 2u);
  EXPECT_TRUE(doc.root->value.empty()); // a collection has no text, although it points at children
  EXPECT_TRUE(doc.root->items().empty());
  const Node *seq = doc.root->find("a");
  ASSERT_NE(seq, nullptr);
  ASSERT_EQ(seq->items().size(), 2u);
  EXPECT_EQ(seq->items()[1]->value, "x");
  EXPECT_TRUE(seq->entries().empty());
  EXPECT_TRUE(doc.root->find("b")->entries().empty());
}

} // namespace
} // namespace tl::doc
