// Reports print text from pull requests (template values, file names): it must not act on a
// terminal, fake a finding, break a workflow command, XML or JSON, or make output unbounded.
#include "cpp/model_dump.h"
#include "report/machine_reporters.h"
#include "report/text_reporter.h"
#include "source/printable_text.h"
#include "source/utf8.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace {

using tl::characterCount;
using tl::printable;
using tl::printableCell;

tl::Finding forged(const std::string &file, const std::string &message) {
  tl::Finding f;
  f.rule = "TL103";
  f.name = "unknown-trigger";
  f.loc = tl::Location{file, 3, 5};
  f.message = message;
  f.notes.push_back({tl::Location{file, 4, 1}, "note " + message});
  return f;
}

// What a hostile template can put into a value or a file name.
const std::string kFileName = "a\x1b[2K\rb.yaml";
const std::string kMessage = "x\x1b[32m\r\nother.yaml:1:1: error: forged\x07 \xff\xe2\x80\xae!";

bool wellFormedUtf8(const std::string &text) {
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  const auto *end = p + text.size();
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    const size_t n = tl::utf8Length(p, end);
    if (n == 0)
      return false;
    p += n;
  }
  return true;
}

TEST(Printable, EscapesControlCharactersAndBytesThatAreNotUtf8) {
  EXPECT_EQ(printable("a\x1b[31mb"), "a\\x1b[31mb");
  EXPECT_EQ(printable("a\r\nb\tc"), "a\\r\\nb\\tc");
  EXPECT_EQ(printable(std::string("nul\0del\x7f", 8)), "nul\\x00del\\x7f");
  EXPECT_EQ(printable("latin1 \xe9 cut \xe2\x82"), "latin1 \\xe9 cut \\xe2\\x82");
  EXPECT_EQ(printable("\xed\xa0\x80"), "\\xed\\xa0\\x80"); // a UTF-16 surrogate is no character
}

TEST(Printable, EscapesCharactersThatReorderOrControlOutput) {
  EXPECT_EQ(printable("\xc2\x9b" "2J"), "\\u{009b}2J");          // C1 CSI
  EXPECT_EQ(printable("ab\xe2\x80\xae" "cd"), "ab\\u{202e}cd"); // right-to-left override
  EXPECT_EQ(printable("\xe2\x81\xa6"), "\\u{2066}");            // left-to-right isolate
  EXPECT_EQ(printable("\xe2\x80\xa8"), "\\u{2028}");            // line separator
  EXPECT_EQ(printable("\xef\xbf\xbf"), "\\u{ffff}");            // not allowed in XML
}

TEST(Printable, KeepsOrdinaryUtf8AndBackslashes) {
  const std::string text = "Pool \xc3\xa9t\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x94\x91 C:\\dir ~!";
  EXPECT_EQ(printable(text), text);
}

TEST(PrintableCell, CutsLongTextToItsStart) {
  EXPECT_EQ(printableCell("short", 10), "short");
  EXPECT_EQ(printableCell("exactly10!", 10), "exactly10!");
  EXPECT_EQ(printableCell("eleven char", 10), "eleven ch\u2026");
  const std::string huge(1 << 20, 'p');
  const std::string cell = printableCell(huge, 40);
  EXPECT_EQ(characterCount(cell), 40u);
  EXPECT_EQ(cell, std::string(39, 'p') + "\u2026");
  // Never cut inside a character; escapes count as what they show.
  EXPECT_EQ(printableCell("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 3), "\xc3\xa9\xc3\xa9\u2026");
  EXPECT_EQ(printableCell(std::string(100, '\x1b'), 5), "\\x1b\u2026");
}

TEST(TextReport, ValuesAndFileNamesCannotForgeLines) {
  std::ostringstream out;
  tl::report::writeText(out, {forged(kFileName, kMessage)}, {});
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text; // the finding and its note
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_TRUE(wellFormedUtf8(text));
  EXPECT_NE(text.find("a\\x1b[2K\\rb.yaml:3:5: error: x\\x1b[32m\\r\\nother.yaml:1:1: error: forged\\x07 \\xff"
                      "\\u{202e}! [TL103 unknown-trigger]\n"),
            std::string::npos)
      << text;
}

TEST(TextReport, ExcerptsAreEscapedAndTheCaretStaysUnderItsCharacter) {
  const std::string path = ::testing::TempDir() + "report_escaping_excerpt.yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << "Resources:\n  K\xc3\xa9: \"\x1b[31m\" x\n";
  }
  tl::Finding f = forged(path, "m");
  f.notes.clear();
  f.loc = tl::Location{path, 2, 15}; // the x, after 14 characters of which ESC is one
  std::ostringstream out;
  tl::report::writeText(out, {f}, {false, true});
  EXPECT_NE(out.str().find("\n    K\xc3\xa9: \"\\x1b[31m\" x\n"
                           "                   ^\n"),
            std::string::npos)
      << out.str();
}

TEST(GithubReport, WorkflowCommandsStayOneLineAndShowOtherControls) {
  std::ostringstream out;
  tl::report::writeGithub(out, {forged(kFileName, "100% \x1b[1m\r\n::error::forged")});
  // The note follows on a line of its own (%0A), escaped like the message.
  EXPECT_EQ(
      out.str(),
      "::error file=a\\x1b[2K%0Db.yaml,line=3,col=5,title=TL103 unknown-trigger::100%25 "
      "\\x1b[1m%0D%0A::error::forged%0Anote: a\\x1b[2K%0Db.yaml:4:1: note 100%25 \\x1b[1m%0D%0A::error::forged\n");
}

TEST(JunitReport, AnyByteInANameOrValueKeepsTheXmlWellFormed) {
  std::ostringstream out;
  tl::report::writeJunit(out, {forged(kFileName, kMessage)}, tl::Severity::Error);
  const std::string xml = out.str();
  EXPECT_TRUE(wellFormedUtf8(xml));
  for (unsigned char c : xml)
    EXPECT_TRUE(c >= 0x20 || c == '\n') << "byte " << static_cast<int>(c) << " in " << xml;
  EXPECT_NE(xml.find("message=\"x\\x1b[32m\\r\\nother.yaml:1:1: error: forged\\x07 \\xff\\u{202e}!\""),
            std::string::npos)
      << xml;
}

TEST(SarifReport, AnyByteInANameOrValueKeepsTheJsonValidAndTheUriEncoded) {
  std::ostringstream out;
  tl::report::writeSarif(out, {forged("dir/a b#\xff\x1b.yaml", kMessage)},
                         {std::filesystem::current_path().string(), nullptr});
  nlohmann::json doc = nlohmann::json::parse(out.str()); // throws on invalid JSON or UTF-8
  const auto &result = doc["runs"][0]["results"][0];
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "dir/a%20b%23%FF%1B.yaml");
  EXPECT_EQ(result["message"]["text"].get<std::string>().substr(0, 8), "x\x1b[32m\r\n");
}

TEST(ModelDump, FileNamesThatAreNotUtf8DoNotAbortTheDump) {
  tl::model::Model model;
  tl::model::Handler h;
  h.file = "src/\xff.cpp";
  h.function = "handler";
  model.handlers.push_back(h);
  std::ostringstream out;
  EXPECT_NO_THROW(tl::cpp::dumpHandlers(out, model));
  nlohmann::json doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["handlers"][0]["file"], "src/\xef\xbf\xbd.cpp"); // U+FFFD
}

} // namespace
