#include "config/config_file.h"
#include "cpp/clang_frontend_runner.h"
#include "cpp/handler_linking.h"
#include "cpp/handler_text_scan.h"
#include "cpp/handler_units.h"
#include "input/suppression_scanner.h"
#include "model/handler_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace {

using tl::model::HandlerLink;
namespace fs = std::filesystem;

tl::model::Candidate value(std::string v) {
  tl::model::Candidate c;
  c.value = std::move(v);
  return c;
}

// One pool with `trigger` bound to the function "t.yaml#Fn" whose code is in `codeDir`.
tl::model::Model modelWithFunction(const std::string &codeDir, const std::string &runtime,
                                   const std::string &trigger = "PostAuthentication") {
  tl::model::Model m;
  tl::model::Function fn;
  fn.key = "t.yaml#Fn";
  fn.codeDir = codeDir;
  if (!runtime.empty())
    fn.runtime.push_back(value(runtime));
  m.functions.push_back(fn);
  tl::model::UserPool pool;
  pool.key = "t.yaml#Pool";
  tl::model::TriggerBinding b;
  b.pool = pool.key;
  b.trigger = trigger;
  b.keyLoc = tl::Location{"t.yaml", 7, 9};
  tl::model::Target target;
  target.function = fn.key;
  b.targets.push_back(target);
  pool.triggers.push_back(b);
  m.pools.push_back(pool);
  return m;
}

tl::model::Handler handler(const std::string &file) {
  tl::model::Handler h;
  h.file = file;
  h.function = "handler";
  h.loc = tl::Location{file, 3, 1};
  return h;
}

TEST(CppLinking, CodeDirectoryLinksHandlersUnderIt) {
  auto m = modelWithFunction("proj/src/post_auth", "provided.al2023");
  m.handlers.push_back(handler("proj/src/post_auth/main.cpp"));
  m.handlers.push_back(handler("./proj/src/post_auth/../post_auth/lib/x.cc"));
  m.handlers.push_back(handler("proj/src/post_auth_other/main.cpp")); // a sibling with a common prefix
  tl::cpp::linkHandlers(m, {});
  ASSERT_EQ(m.handlers[0].links.size(), 1u);
  const HandlerLink &l = m.handlers[0].links[0];
  EXPECT_EQ(l.via, HandlerLink::Via::Template);
  EXPECT_EQ(l.trigger, "PostAuthentication");
  EXPECT_EQ(l.pool, "t.yaml#Pool");
  EXPECT_EQ(l.function, "t.yaml#Fn");
  EXPECT_EQ(l.loc.line, 7u);
  EXPECT_EQ(m.handlers[1].links.size(), 1u);
  EXPECT_TRUE(m.handlers[2].links.empty());
}

TEST(CppLinking, CodeDirectoryOfANonCppRuntimeIsSkipped) {
  auto m = modelWithFunction("src", "nodejs20.x");
  m.handlers.push_back(handler("src/main.cpp"));
  tl::cpp::linkHandlers(m, {});
  EXPECT_TRUE(m.handlers[0].links.empty());

  auto unknown = modelWithFunction("src", ""); // runtime not written: may be C++
  unknown.handlers.push_back(handler("src/main.cpp"));
  tl::cpp::linkHandlers(unknown, {});
  EXPECT_EQ(unknown.handlers[0].links.size(), 1u);
}

TEST(CppLinking, ConfigGlobsAreRelativeToTheConfigFile) {
  tl::model::Model m;
  m.handlers.push_back(handler("/repo/src/post_auth/main.cpp"));
  m.handlers.push_back(handler("/repo/src/other/main.cpp"));
  tl::config::ConfigFile c;
  c.path = "/repo/.triggerlint.yaml";
  c.handlers.push_back({"src/post_auth/*.cpp", {"PostAuthentication", "PreAuthentication"},
                        tl::Location{c.path, 2, 5}, {}});
  tl::cpp::linkHandlers(m, c);
  ASSERT_EQ(m.handlers[0].links.size(), 2u);
  EXPECT_EQ(m.handlers[0].links[0].via, HandlerLink::Via::Config);
  EXPECT_EQ(m.handlers[0].links[1].trigger, "PreAuthentication");
  EXPECT_EQ(m.handlers[0].links[0].loc.line, 2u);
  EXPECT_TRUE(m.handlers[1].links.empty());
}

TEST(CppLinking, AnnotationLinksAtTheAnnotation) {
  tl::model::Model m;
  auto h = handler("a.cpp");
  h.annotatedTriggers = {"CustomMessage"};
  h.annotationLoc = tl::Location{"a.cpp", 1, 4};
  m.handlers.push_back(h);
  tl::cpp::linkHandlers(m, {});
  ASSERT_EQ(m.handlers[0].links.size(), 1u);
  EXPECT_EQ(m.handlers[0].links[0].via, HandlerLink::Via::Annotation);
  EXPECT_EQ(m.handlers[0].links[0].trigger, "CustomMessage");
  EXPECT_EQ(m.handlers[0].links[0].loc.line, 1u);
}

// TL103 judges every name of every handlers: entry, whether or not its glob matches a source.
TEST(CppLinking, ConfigTriggerNamesAreKeptAtTheirLocations) {
  tl::model::Model m;
  m.handlers.push_back(handler("/repo/src/post_auth/main.cpp"));
  tl::config::ConfigFile c;
  c.path = "/repo/.triggerlint.yaml";
  c.handlers.push_back({"src/post_auth/*.cpp", {"PostAuthentication", "PreSignup"}, tl::Location{c.path, 2, 5},
                        {tl::Location{c.path, 3, 15}, tl::Location{c.path, 3, 35}}});
  c.handlers.push_back({"lib/*.cc", {"postConfirmation"}, tl::Location{c.path, 4, 3}, {}});
  tl::cpp::linkHandlers(m, c);
  ASSERT_EQ(m.mappedTriggers.size(), 3u);
  EXPECT_EQ(m.mappedTriggers[1].name, "PreSignup");
  EXPECT_EQ(m.mappedTriggers[1].glob, "src/post_auth/*.cpp");
  EXPECT_EQ(m.mappedTriggers[1].loc.column, 35u);
  EXPECT_EQ(m.mappedTriggers[2].name, "postConfirmation"); // matches no source, still kept
  EXPECT_EQ(m.mappedTriggers[2].loc.line, 4u);             // no name location: the entry's
}

TEST(CppLinking, ComparisonsAloneLinkNothingAndAnnotationsAreDeduplicated) {
  // Inferring triggers from triggerSource comparisons is the rules' business (Cognito knowledge).
  tl::model::Model m;
  auto h = handler("a.cpp");
  tl::model::SourceComparison c;
  c.value = "PostAuthentication_Authentication";
  c.ctx.loc = tl::Location{"a.cpp", 10, 3};
  h.comparisons.push_back(c);
  m.handlers.push_back(h);
  h.annotatedTriggers = {"PostAuthentication", "PostAuthentication"};
  m.handlers.push_back(h);
  tl::cpp::linkHandlers(m, {});
  EXPECT_TRUE(m.handlers[0].links.empty());
  ASSERT_EQ(m.handlers[1].links.size(), 1u);
  EXPECT_EQ(m.handlers[1].links[0].via, HandlerLink::Via::Annotation);
}

TEST(CppLinking, TemplateLinksAreDeduplicatedPerPool) {
  auto m = modelWithFunction("src", "provided.al2");
  m.pools[0].triggers.push_back(m.pools[0].triggers[0]); // a SAM event plus the same key
  m.handlers.push_back(handler("src/main.cpp"));
  tl::cpp::linkHandlers(m, {});
  EXPECT_EQ(m.handlers[0].links.size(), 1u);
}

TEST(CppConfig, HandlersLongAndShortForms) {
  fs::path dir = fs::temp_directory_path() / "tl_cpp_config_test";
  fs::create_directories(dir);
  fs::path file = dir / ".triggerlint.yaml";
  std::ofstream(file) << "handlers:\n  - glob: src/a/*.cpp\n    trigger: PostAuthentication\n"
                         "  - {glob: 'src/b/*', trigger: [PreSignUp, CustomMessage]}\n"
                         "compile-commands: build\n";
  auto r = tl::config::readConfigFile(file.string());
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.config.handlers.size(), 2u);
  EXPECT_EQ(r.config.handlers[0].glob, "src/a/*.cpp");
  EXPECT_EQ(r.config.handlers[0].loc.line, 2u);
  EXPECT_EQ(r.config.handlers[1].triggers, (std::vector<std::string>{"PreSignUp", "CustomMessage"}));
  EXPECT_EQ(r.config.compileCommands, (dir / "build").string());
  EXPECT_EQ(tl::config::handlerMappingsFor(r.config, (dir / "src/b/x/y.cc").string()).size(), 1u);

  // Each name keeps where it is written (TL103 reports a misspelt one there).
  ASSERT_EQ(r.config.handlers[1].triggerLocs.size(), 2u);
  EXPECT_EQ(r.config.handlers[1].triggerLocs[1].line, 4u);
  EXPECT_EQ(r.config.handlers[1].triggerLocs[1].column, 44u);
  ASSERT_EQ(r.config.handlers[0].triggerLocs.size(), 1u);
  EXPECT_EQ(r.config.handlers[0].triggerLocs[0].line, 3u);
  EXPECT_EQ(r.config.handlers[0].triggerLocs[0].column, 14u);

  std::ofstream(file) << "handlers:\n  'src/*.cpp': PostAuthentication\n  'lib/*.cc': [A, B]\n";
  r = tl::config::readConfigFile(file.string());
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.config.handlers.size(), 2u);
  EXPECT_EQ(r.config.handlers[1].triggers.size(), 2u);
  ASSERT_EQ(r.config.handlers[1].triggerLocs.size(), 2u);
  EXPECT_EQ(r.config.handlers[1].triggerLocs[0].column, 16u);
  EXPECT_EQ(r.config.handlers[1].triggerLocs[1].column, 19u);

  std::ofstream(file) << "handlers:\n  - glob: src/*.cpp\n    trigers: PostAuthentication\n";
  r = tl::config::readConfigFile(file.string());
  EXPECT_NE(r.error.find(":3:5: unknown key 'trigers'"), std::string::npos) << r.error;
  fs::remove_all(dir);
}

TEST(CppFrontendRunner, BatchesSplitByJobsAndCap) {
  std::vector<std::vector<std::string>> units;
  for (int i = 0; i < 40; ++i)
    units.push_back({"f" + std::to_string(i) + ".cpp"});
  auto b = tl::cpp::makeBatches(units, 2, 16);
  ASSERT_EQ(b.size(), 3u); // 20 per job, capped at 16
  EXPECT_EQ(b[0].files.size(), 16u);
  EXPECT_EQ(b[2].files.size(), 8u);
  EXPECT_EQ(tl::cpp::makeBatches({{"a.cpp"}, {"b.cpp"}, {"c.cpp"}}, 8, 16).size(), 3u);
  EXPECT_TRUE(tl::cpp::makeBatches({}, 4, 16).empty());
}

// A function's translation units are analysed together: a batch never splits a unit, and a unit
// larger than the cap is a batch of its own rather than being cut.
TEST(CppFrontendRunner, BatchesKeepUnitsWhole) {
  auto b = tl::cpp::makeBatches({{"a/1.cpp", "a/2.cpp", "a/3.cpp"}, {"b/1.cpp"}, {"c/1.cpp", "c/2.cpp"}}, 3, 16);
  ASSERT_EQ(b.size(), 3u); // 2 files per job: each unit alone
  EXPECT_EQ(b[0].files, (std::vector<std::string>{"a/1.cpp", "a/2.cpp", "a/3.cpp"}));
  EXPECT_EQ(b[0].unitSizes, (std::vector<size_t>{3}));
  EXPECT_EQ(b[1].files, (std::vector<std::string>{"b/1.cpp"}));
  EXPECT_EQ(b[2].unitSizes, (std::vector<size_t>{2}));
  b = tl::cpp::makeBatches({{"a/1.cpp", "a/2.cpp", "a/3.cpp"}, {"b/1.cpp"}}, 1, 2);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].files.size(), 3u); // over the cap of 2, still whole
  b = tl::cpp::makeBatches({{"a.cpp"}, {"b/1.cpp", "b/2.cpp"}, {"c.cpp"}}, 1, 16);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].unitSizes, (std::vector<size_t>{1, 2, 1}));
}

TEST(CppFrontendRunner, CommandNamesUnitsOnlyWhenOneHasSeveralFiles) {
  tl::cpp::FrontendOptions o;
  o.executable = "fe";
  EXPECT_EQ(tl::cpp::frontendCommand(o, {{"a.cpp", "b.cpp"}, {1, 1}}),
            (std::vector<std::string>{"fe", "a.cpp", "b.cpp"}));
  o.buildDir = "build";
  EXPECT_EQ(tl::cpp::frontendCommand(o, {{"a/1.cpp", "a/2.cpp", "b.cpp"}, {2, 1}}),
            (std::vector<std::string>{"fe", "--units=2,1", "a/1.cpp", "a/2.cpp", "b.cpp", "-p", "build"}));
  o.preambleCacheDir = "/c/preamble";
  EXPECT_EQ(tl::cpp::frontendCommand(o, {{"a.cpp"}, {1}}),
            (std::vector<std::string>{"fe", "--preamble-cache=/c/preamble", "a.cpp", "-p", "build"}));
}

// A function unit is never split, so a large one gets the time its files would have in batches of
// maxBatch: one timeout for every maxBatch files, begun.
TEST(CppFrontendRunner, TimeoutScalesWithTheBatch) {
  tl::cpp::FrontendOptions o;
  o.timeout = std::chrono::seconds(120);
  o.maxBatch = 16;
  auto files = [](size_t n) {
    tl::cpp::Batch b;
    for (size_t i = 0; i < n; ++i)
      b.files.push_back("fn/" + std::to_string(i) + ".cpp");
    b.unitSizes = {n};
    return b;
  };
  EXPECT_EQ(tl::cpp::batchTimeout(o, files(1)), std::chrono::seconds(120));
  EXPECT_EQ(tl::cpp::batchTimeout(o, files(16)), std::chrono::seconds(120));
  EXPECT_EQ(tl::cpp::batchTimeout(o, files(17)), std::chrono::seconds(240));
  EXPECT_EQ(tl::cpp::batchTimeout(o, files(40)), std::chrono::seconds(360));
  o.maxBatch = 0; // read as 1
  EXPECT_EQ(tl::cpp::batchTimeout(o, files(3)), std::chrono::seconds(360));
}

// A timeout names the unit the file belongs to (its directory and files), not just "this batch".
TEST(CppFrontendRunner, TimeoutMessageNamesTheUnit) {
  tl::cpp::FrontendOptions o;
  o.timeout = std::chrono::seconds(120);
  o.maxBatch = 16;
  tl::cpp::Batch b{{"fns/auth/a.cpp", "fns/auth/lib/b.cpp", "fns/other.cpp"}, {2, 1}};
  EXPECT_EQ(tl::cpp::timeoutMessage(o, b, "fns/auth/lib/b.cpp"),
            "the C++ frontend did not finish within 120 s (120 s per 16 files) on the function unit fns/auth "
            "(2 files: fns/auth/a.cpp, fns/auth/lib/b.cpp) and the 1 other file of its batch; its handlers were "
            "not analysed");
  EXPECT_EQ(tl::cpp::timeoutMessage(o, b, "fns/other.cpp"),
            "the C++ frontend did not finish within 120 s (120 s per 16 files) on the function unit fns "
            "(1 file: fns/other.cpp) and the 2 other files of its batch; its handlers were not analysed");
  tl::cpp::Batch big;
  for (int i = 0; i < 20; ++i)
    big.files.push_back("big/s" + std::to_string(i) + ".cpp");
  big.unitSizes = {20};
  EXPECT_EQ(tl::cpp::timeoutMessage(o, big, "big/s3.cpp"),
            "the C++ frontend did not finish within 240 s (120 s per 16 files) on the function unit big (20 files: "
            "big/s0.cpp, big/s1.cpp, big/s2.cpp, big/s3.cpp, big/s4.cpp, big/s5.cpp, big/s6.cpp, big/s7.cpp and 12 "
            "more); its handlers were not analysed");
  tl::cpp::Batch top{{"main.cpp", "/abs/x.cpp"}, {2}};
  EXPECT_EQ(tl::cpp::timeoutMessage(o, top, "main.cpp"),
            "the C++ frontend did not finish within 120 s (120 s per 16 files) on the function unit . (2 files: "
            "main.cpp, /abs/x.cpp); its handlers were not analysed");
}

// One fresh directory tree per test: `files` are created empty (paths ending in '/' as directories).
fs::path makeTree(const std::string &name, const std::vector<std::string> &files) {
  fs::path root = fs::temp_directory_path() / ("tl-units-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(root);
  for (const auto &f : files) {
    fs::create_directories((root / f).parent_path());
    if (f.back() != '/')
      std::ofstream(root / f) << "";
  }
  return root;
}

std::vector<std::vector<std::string>> unitFiles(const std::vector<tl::cpp::HandlerUnit> &units, const fs::path &root) {
  std::vector<std::vector<std::string>> out;
  for (const auto &u : units) {
    out.emplace_back();
    for (const auto &f : u.files)
      out.back().push_back(fs::path(f).lexically_relative(root).generic_string());
  }
  return out;
}

TEST(HandlerUnits, OwnDirectoryAndOnlyUnitsWithACandidate) {
  fs::path root = makeTree("own", {"a/main.cpp", "a/helper.cpp", "b/util.cpp", "c/x.cpp"});
  std::vector<tl::cpp::CppSource> sources{{(root / "a/helper.cpp").string(), false},
                                          {(root / "a/main.cpp").string(), true},
                                          {(root / "b/util.cpp").string(), false},
                                          {(root / "c/x.cpp").string(), true}};
  auto units = tl::cpp::groupHandlerUnits(sources, {{}, {}, {root.string()}});
  EXPECT_EQ(unitFiles(units, root),
            (std::vector<std::vector<std::string>>{{"a/helper.cpp", "a/main.cpp"}, {"c/x.cpp"}}));
  fs::remove_all(root);
}

TEST(HandlerUnits, CodeDirectoryThenMappingThenCMakeProject) {
  fs::path root = makeTree("hints", {"fn/src/main.cpp", "fn/lib/helper.cpp", "mapped/h/a.cpp", "mapped/h/sub/b.cpp",
                                     "proj/CMakeLists.txt", "proj/src/main.cpp", "proj/common/c.cpp",
                                     "CMakeLists.txt", "loose/l.cpp"});
  auto src = [&](const std::string &f, bool candidate) { return tl::cpp::CppSource{(root / f).string(), candidate}; };
  std::vector<tl::cpp::CppSource> sources{src("fn/src/main.cpp", true),    src("fn/lib/helper.cpp", false),
                                          src("mapped/h/a.cpp", true),     src("mapped/h/sub/b.cpp", false),
                                          src("proj/src/main.cpp", true),  src("proj/common/c.cpp", false),
                                          src("loose/l.cpp", true)};
  // The run walked `root`, whose own CMakeLists.txt makes loose/ part of the top-level project;
  // proj/'s nearer one keeps it apart.
  auto units = tl::cpp::groupHandlerUnits(
      sources, {{(root / "fn").string()}, {(root / "mapped/h").string()}, {root.string()}});
  EXPECT_EQ(unitFiles(units, root), (std::vector<std::vector<std::string>>{{"fn/src/main.cpp", "fn/lib/helper.cpp"},
                                                                           {"mapped/h/a.cpp", "mapped/h/sub/b.cpp"},
                                                                           {"proj/src/main.cpp", "proj/common/c.cpp"},
                                                                           {"loose/l.cpp"}}));
  EXPECT_EQ(units[3].dir, fs::path(root).lexically_normal().generic_string());
  // Walking only proj/src, the search for a CMakeLists.txt stops at the walked directory.
  units = tl::cpp::groupHandlerUnits({src("proj/src/main.cpp", true)}, {{}, {}, {(root / "proj/src").string()}});
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].dir, (root / "proj/src").lexically_normal().generic_string());
  fs::remove_all(root);
}

TEST(HandlerUnits, MappingDirectoryIsTheGlobsFixedPrefix) {
  tl::config::ConfigFile c;
  c.path = "/p/.triggerlint.yaml";
  auto dir = [&](const std::string &glob) { return tl::cpp::mappingDirectory(c, {glob, {}, {}, {}}); };
  EXPECT_EQ(dir("functions/auth/*.cpp"), "/p/functions/auth");
  EXPECT_EQ(dir("handler.cpp"), "/p");
  EXPECT_EQ(dir("functions/*/main.cpp"), "");
  EXPECT_EQ(dir("src/**"), "");
  EXPECT_EQ(dir("**/main.cpp"), "");
}

TEST(CppFrontendRunner, MalformedOrMissingOutputIsTL000PerFile) {
  tl::model::Model m;
  tl::cpp::mergeFrontendOutput("{not json", {"a.cpp", "b.cpp"}, m);
  EXPECT_EQ(m.problems.size(), 2u);
  m.problems.clear();
  tl::cpp::mergeFrontendOutput(R"({"files": [{"file": "a.cpp", "handlers": [{"function": "h",
      "loc": {"file": "a.cpp", "line": 4, "column": 1}}], "problems": []}]})",
                               {"a.cpp", "b.cpp"}, m);
  ASSERT_EQ(m.handlers.size(), 1u);
  EXPECT_EQ(m.handlers[0].file, "a.cpp");
  ASSERT_EQ(m.problems.size(), 1u);
  EXPECT_EQ(m.problems[0].loc.file, "b.cpp");
}

// nlohmann's default dump throws on bytes that are not UTF-8; the frontend lost its whole batch.
TEST(CppFrontendRunner, NonUtf8NamesAndLiteralsSurviveTheProtocol) {
  tl::model::HandlerFile file;
  file.file = "h\xE9.cpp";
  tl::model::Handler h;
  h.function = "handler";
  h.loc = {"h\xE9.cpp", 4, 1};
  h.comparisons.push_back({"PreSignUp_\xE9", "==", {}});
  h.comparisons.back().ctx.loc = {"h\xE9.cpp", 5, 7};
  file.handlers.push_back(h);
  file.problems.push_back({{"h\xE9.cpp", 9, 1}, "bad", false});
  std::string out = tl::model::dumpJson(nlohmann::json{{"files", {tl::model::toJson(file)}}});

  tl::model::Model m;
  std::vector<tl::cpp::FrontendNote> notes;
  tl::cpp::mergeFrontendOutput(out, {"h\xE9.cpp"}, m, &notes);
  // The file name is put back as given; the literal keeps U+FFFD, the name had no other source.
  ASSERT_EQ(m.handlers.size(), 1u);
  EXPECT_EQ(m.handlers[0].file, "h\xE9.cpp");
  EXPECT_EQ(m.handlers[0].loc.file, "h\xE9.cpp");
  EXPECT_EQ(m.handlers[0].comparisons[0].ctx.loc.file, "h\xE9.cpp");
  EXPECT_EQ(m.handlers[0].comparisons[0].value, "PreSignUp_\xEF\xBF\xBD");
  ASSERT_EQ(m.problems.size(), 1u); // no "returned no result for this file"
  EXPECT_EQ(m.problems[0].loc.file, "h\xE9.cpp");
  EXPECT_EQ(m.problems[0].message, "bad");
}

TEST(CppFrontendRunner, NotesReachTheCallerPerFile) {
  tl::model::Model m;
  std::vector<tl::cpp::FrontendNote> notes;
  tl::cpp::mergeFrontendOutput(R"({"files": [{"file": "a.cpp", "handlers": [], "problems": [],
      "notes": ["'-fplugin=x.so' was dropped"]}, {"file": "b.cpp", "handlers": [], "problems": []}]})",
                               {"a.cpp", "b.cpp"}, m, &notes);
  EXPECT_TRUE(m.problems.empty());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].file, "a.cpp");
  EXPECT_EQ(notes[0].message, "'-fplugin=x.so' was dropped");
}

// The frontend's answer is untrusted: an entry for a file it was not given (or for "") would put
// findings, and the text reporter's source excerpts, on any file of the machine.
TEST(CppFrontendRunner, EntriesForFilesOutsideTheBatchAreDroppedAndReported) {
  tl::model::Model m;
  tl::cpp::mergeFrontendOutput(R"({"files": [
      {"file": "a.cpp", "handlers": [{"function": "h", "loc": {"file": "a.cpp", "line": 4, "column": 1}}], "problems": []},
      {"file": "/etc/passwd", "handlers": [{"function": "p", "file": "/etc/passwd",
                                            "loc": {"file": "/etc/passwd", "line": 1, "column": 1}}],
       "problems": [{"loc": {"file": "/etc/passwd", "line": 1, "column": 1}, "message": "root"}]},
      {"file": "", "handlers": [], "problems": [{"loc": {"file": "", "line": 1, "column": 1}, "message": "x"}]},
      {"file": "b.cpp", "handlers": [], "problems": []}]})",
                               {"a.cpp", "b.cpp"}, m);
  ASSERT_EQ(m.handlers.size(), 1u);
  EXPECT_EQ(m.handlers[0].function, "h");
  ASSERT_EQ(m.problems.size(), 2u);
  EXPECT_EQ(m.problems[0].loc.file, "a.cpp");
  EXPECT_EQ(m.problems[1].loc.file, "b.cpp");
  for (const auto &p : m.problems) {
    EXPECT_NE(p.message.find("malformed output"), std::string::npos) << p.message;
    EXPECT_EQ(p.message.find("root"), std::string::npos) << p.message;
  }
}

TEST(CppScreening, TextScanMarkers) {
  EXPECT_TRUE(tl::cpp::mayHoldHandler("#include <aws/lambda-runtime/runtime.h>"));
  EXPECT_TRUE(tl::cpp::mayHoldHandler("if (s == \"PostAuthentication_Authentication\")"));
  EXPECT_TRUE(tl::cpp::mayHoldHandler("// triggerlint: trigger=PreSignUp"));
  EXPECT_FALSE(tl::cpp::mayHoldHandler("int main() { return 0; }"));
  // A main.cpp that only starts a handler defined in a header it includes.
  EXPECT_TRUE(tl::cpp::mayHoldHandler("int main() { aws::lambda_runtime::run_handler(handle); }"));
  EXPECT_TRUE(tl::cpp::mayHoldHandler("using aws::lambda_runtime::run_handler;"));
}

TEST(CppSuppressions, LineCommentsOutsideStrings) {
  std::vector<tl::model::Suppression> out;
  tl::input::scanCppSuppressions("a.cpp",
                                 "int a; // triggerlint: ignore[TL201] reason\n"
                                 "  // triggerlint: ignore[TL208]\n"
                                 "\n"
                                 "throw x;\n"
                                 "auto s = \"// triggerlint: ignore[TL202]\";\n"
                                 "auto u = \"a\\\"b\"; // triggerlint: ignore[TL203]\n",
                                 out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].firstLine, 1u);
  EXPECT_EQ(out[0].reason, "reason");
  EXPECT_EQ(out[1].rules, std::vector<std::string>{"TL208"});
  EXPECT_EQ(out[1].firstLine, 4u);
  EXPECT_EQ(out[2].rules, std::vector<std::string>{"TL203"});
  EXPECT_EQ(out[2].firstLine, 6u);
}

} // namespace
