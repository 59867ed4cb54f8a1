#include "component_model.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

constexpr const char *kTemplate = "Resources:\n"
                                  "  Fn:\n"
                                  "    Type: AWS::Lambda::Function\n"
                                  "    Properties:\n"
                                  "      Timeout: 3\n";

class TempFile {
public:
  TempFile() {
    std::string pattern = (fs::temp_directory_path() / "tl-reread-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()))
      dir_ = pattern;
    file_.path = dir_ + "/template.yaml";
    file_.named = true;
  }
  ~TempFile() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void write(const std::string &text) { std::ofstream(file_.path, std::ios::binary) << text; }
  const tl::input::InputFile &file() const { return file_; }

private:
  std::string dir_;
  tl::input::InputFile file_;
};

// Pass 1 as main.cpp runs it with a budget of 0: stamp, read, drop the model; then pass 2.
tl::model::Model readTwice(TempFile &tmp, const std::string &between) {
  std::vector<tl::RunInput> inputs{{&tmp.file(), false, false, {}}};
  tl::FragmentStore store(0);
  const tl::FileStamp stamp = tl::stampOf(tmp.file().path);
  tl::model::Model fragment;
  tl::readRunInput(inputs[0], fragment, nullptr);
  EXPECT_FALSE(store.keep(0, std::move(fragment)));
  inputs[0].stamp = stamp;
  if (!between.empty())
    tmp.write(between);
  const size_t files[] = {0};
  return tl::componentModel({files, false}, inputs, store);
}

bool reportsChange(const tl::model::Model &m) {
  for (const auto &p : m.problems)
    if (p.message.find("changed while triggerlint linted it") != std::string::npos)
      return true;
  return false;
}

} // namespace

TEST(ComponentReread, AFileChangedBetweenThePassesIsReported) {
  TempFile tmp;
  tmp.write(kTemplate);
  tl::model::Model m = readTwice(tmp, std::string(kTemplate) + "  Other:\n    Type: AWS::SNS::Topic\n");
  ASSERT_TRUE(reportsChange(m));
  EXPECT_EQ(m.problems.front().loc.file.str(), tmp.file().path);
  EXPECT_FALSE(m.problems.front().unreadable); // the exit status follows the finding, not 2
  EXPECT_EQ(m.functions.size(), 1u);           // linted as it is now
}

TEST(ComponentReread, AnUnchangedFileIsReadAgainSilently) {
  TempFile tmp;
  tmp.write(kTemplate);
  tl::model::Model m = readTwice(tmp, "");
  EXPECT_FALSE(reportsChange(m));
  EXPECT_TRUE(m.problems.empty());
  EXPECT_EQ(m.functions.size(), 1u);
}
