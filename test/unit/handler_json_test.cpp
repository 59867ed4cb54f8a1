// The handler facts protocol (model/handler_json.h) read from output triggerlint-clang did not
// write as intended: whatever the JSON, the batch ends in facts or TL000, never in a crash.
#include "cpp/clang_frontend_runner.h"
#include "model/handler_json.h"

#include <gtest/gtest.h>

#include <string>

namespace {

// One file's facts around a handler whose `loc` is `loc`.
std::string withHandlerLoc(const std::string &loc) {
  return R"({"files": [{"file": "a.cpp", "handlers": [{"function": "h", "loc": )" + loc + "}]}]}";
}

TEST(HandlerFacts, RoundTrip) {
  tl::model::HandlerFile f;
  f.file = "a.cpp";
  tl::model::Handler h;
  h.function = "handler";
  h.loc = {"a.cpp", 3, 5};
  h.slowCalls.push_back({"sleep", 4000, {}});
  f.handlers.push_back(h);
  tl::model::HandlerFile back = tl::model::handlerFileFromJson(tl::model::toJson(f));
  ASSERT_EQ(back.handlers.size(), 1u);
  EXPECT_EQ(back.handlers[0].loc.line, 3u);
  EXPECT_EQ(back.handlers[0].loc.column, 5u);
  EXPECT_EQ(back.handlers[0].slowCalls[0].millis, 4000);
}

TEST(HandlerFacts, PayloadsAndAnnotationNamesRoundTrip) {
  using Kind = tl::model::ResponsePayload::Kind;
  tl::model::HandlerFile f;
  f.file = "a.cpp";
  tl::model::Handler h;
  h.function = "handler";
  h.annotatedTriggers = {"PostAuthentication"};
  h.annotatedTriggerLocs = {{"a.cpp", 1, 25}};
  for (Kind k : {Kind::Event, Kind::Literal, Kind::Built, Kind::Unknown})
    h.payloads.push_back({k, "{}", {{"a.cpp", 9, 39}, {}, {}, {}}});
  f.handlers.push_back(h);
  tl::model::HandlerFile back = tl::model::handlerFileFromJson(tl::model::toJson(f));
  ASSERT_EQ(back.handlers.size(), 1u);
  ASSERT_EQ(back.handlers[0].annotatedTriggerLocs.size(), 1u);
  EXPECT_EQ(back.handlers[0].annotatedTriggerLocs[0].column, 25u);
  ASSERT_EQ(back.handlers[0].payloads.size(), 4u);
  for (size_t i = 0; i < 4; ++i)
    EXPECT_EQ(back.handlers[0].payloads[i].kind, h.payloads[i].kind);
  EXPECT_EQ(back.handlers[0].payloads[1].text, "{}");
  EXPECT_EQ(back.handlers[0].payloads[1].ctx.loc.column, 39u);
}

// A payload kind this version does not know is unknown: no rule judges what it cannot name.
TEST(HandlerFacts, UnknownPayloadKindsAreUnknown) {
  auto j = nlohmann::json::parse(R"({"file": "a.cpp", "handlers": [{"function": "h", "loc": {"line": 1, "column": 1},
      "payloads": [{"kind": "scratch", "text": "{}", "ctx": {"loc": {"line": 2, "column": 3}}}]}]})");
  tl::model::HandlerFile back = tl::model::handlerFileFromJson(j);
  ASSERT_EQ(back.handlers[0].payloads.size(), 1u);
  EXPECT_EQ(back.handlers[0].payloads[0].kind, tl::model::ResponsePayload::Kind::Unknown);
}

// A line number that is no 32-bit count (fractional, negative, too large) is malformed output:
// converting 1e20 to an integer is undefined behaviour, and -1 would become line 4294967295.
TEST(HandlerFacts, PositionsThatAreNoLineNumbersAreMalformed) {
  for (const char *loc : {R"({"file": "a.cpp", "line": 1e20, "column": 1})",
                          R"({"file": "a.cpp", "line": 2, "column": -1})",
                          R"({"file": "a.cpp", "line": 4294967296, "column": 1})",
                          R"({"file": "a.cpp", "line": 2.5, "column": 1})", R"("a.cpp:2:1")"}) {
    SCOPED_TRACE(loc);
    tl::model::Model m;
    tl::cpp::mergeFrontendOutput(withHandlerLoc(loc), {"a.cpp"}, m);
    EXPECT_TRUE(m.handlers.empty());
    ASSERT_EQ(m.problems.size(), 1u);
    EXPECT_NE(m.problems[0].message.find("malformed output"), std::string::npos);
  }
}

// Milliseconds are an integer or unknown: 1e300 cast to long long is undefined behaviour.
TEST(HandlerFacts, MillisThatAreNoIntegerAreUnknown) {
  tl::model::Model m;
  tl::cpp::mergeFrontendOutput(R"({"files": [{"file": "a.cpp", "handlers": [{"function": "h",
      "loc": {"file": "a.cpp", "line": 1, "column": 1},
      "slowCalls": [{"what": "sleep", "millis": 1e300, "ctx": {"loc": {}}},
                    {"what": "sleep", "millis": 250, "ctx": {"loc": {}}}]}]}]})",
                               {"a.cpp"}, m);
  ASSERT_EQ(m.handlers.size(), 1u);
  ASSERT_EQ(m.handlers[0].slowCalls.size(), 2u);
  EXPECT_FALSE(m.handlers[0].slowCalls[0].millis.has_value());
  EXPECT_EQ(m.handlers[0].slowCalls[1].millis, 250);
}

// Deep nesting where an array of facts belongs is read in place: copying the value recursed once
// per level and ran out of stack (a frontend's output may be up to 256 MiB).
TEST(HandlerFacts, DeeplyNestedFactsAreMalformedNotAStackOverflow) {
  const size_t depth = 200'000;
  std::string nested = std::string(depth, '[') + std::string(depth, ']');
  for (const char *key : {"failures", "writes", "comparisons", "slowCalls"}) {
    SCOPED_TRACE(key);
    tl::model::Model m;
    tl::cpp::mergeFrontendOutput(R"({"files": [{"file": "a.cpp", "handlers": [{"function": "h",
        "loc": {"file": "a.cpp", "line": 1, "column": 1}, ")" +
                                     std::string(key) + "\": " + nested + "}]}]}",
                                 {"a.cpp"}, m);
    EXPECT_TRUE(m.handlers.empty());
    ASSERT_EQ(m.problems.size(), 1u);
  }
  tl::model::Model m;
  tl::cpp::mergeFrontendOutput(R"({"files": [{"file": "a.cpp", "handlers": [], "problems": )" + nested + "}]}",
                               {"a.cpp"}, m);
  ASSERT_EQ(m.problems.size(), 1u);
}

} // namespace
