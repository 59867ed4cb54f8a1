// In-source suppression comments (input/suppression_scanner.h) in hostile amounts.
#include "document/node.h"
#include "input/suppression_scanner.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// A comment alone on its line covers the next code line. A run of such comments used to search
// forward from each of them: quadratic, hours for the 64 MiB a file may have. Here 200,000
// comments must take well under the test's 60 s time limit.
TEST(SuppressionScanner, LongRunsOfSuppressionCommentsAreLinear) {
  const size_t n = 200'000;
  std::string comments;
  for (size_t i = 0; i < n; ++i)
    comments += "# triggerlint: ignore[TL101]\n";
  tl::doc::Document doc;
  doc.path = "t.yaml";
  doc.text = comments + "Resources: {}\n";
  std::vector<tl::model::Suppression> out;
  tl::input::scanSuppressions(doc, out);
  ASSERT_EQ(out.size(), n);
  EXPECT_EQ(out.front().firstLine, n + 1);
  EXPECT_EQ(out.back().firstLine, n + 1);
  EXPECT_EQ(out.back().loc.line, n);

  std::string cpp;
  for (size_t i = 0; i < n; ++i)
    cpp += "// triggerlint: ignore[TL201]\n";
  out.clear();
  tl::input::scanCppSuppressions("a.cpp", cpp + "int x;\n", out);
  ASSERT_EQ(out.size(), n);
  EXPECT_EQ(out.front().firstLine, n + 1);
}

// A comment alone on the last line covers the line after the end; one on a code line, that line.
TEST(SuppressionScanner, TargetLines) {
  tl::doc::Document doc;
  doc.path = "t.yaml";
  doc.text = "# triggerlint: ignore[TL101]\n\n# other\nResources: {} # triggerlint: ignore[TL102]\n"
             "# triggerlint: ignore[TL103]";
  std::vector<tl::model::Suppression> out;
  tl::input::scanSuppressions(doc, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].firstLine, 4u);
  EXPECT_EQ(out[1].firstLine, 4u);
  EXPECT_EQ(out[2].firstLine, 6u);
}

} // namespace
