#include "model/handler_json.h"

#include <cstdint>

namespace tl::model {
namespace {

using json = nlohmann::json;

// The facts come from a process that parses hostile C++, so they are read as untrusted input.
// Arrays are read where they are: `j.value(key, json::array())` copies the value, and copying
// recurses once per level of nesting, so a deeply nested value would exhaust the stack.
const json &arrayAt(const json &j, const char *key) {
  static const json empty = json::array();
  if (!j.is_object())
    throw json::type_error::create(306, std::string("cannot read '") + key + "' of a " + j.type_name(), &j);
  auto it = j.find(key);
  return it == j.end() ? empty : *it;
}

// A line or column is a 32-bit count: converting 1e20 to an integer is undefined behaviour, and a
// negative number would wrap to a line four billion lines down.
uint32_t positionAt(const json &j, const char *key) {
  auto it = j.find(key);
  if (it == j.end())
    return 0;
  if (!it->is_number_unsigned() || it->get<uint64_t>() > UINT32_MAX)
    throw json::type_error::create(302, std::string("'") + key + "' is not a line or column number", &*it);
  return static_cast<uint32_t>(it->get<uint64_t>());
}

json locJson(const Location &l) { return {{"file", l.file}, {"line", l.line}, {"column", l.column}}; }

Location locFrom(const json &j) {
  return {j.value("file", std::string()), positionAt(j, "line"), positionAt(j, "column")};
}

json ctxJson(const CodeContext &c) {
  json via = json::array();
  for (const auto &l : c.via)
    via.push_back(locJson(l));
  return {{"loc", locJson(c.loc)}, {"via", via}, {"guards", c.guards}, {"excluded", c.excluded}};
}

CodeContext ctxFrom(const json &j) {
  CodeContext c;
  c.loc = locFrom(j.at("loc"));
  for (const auto &l : arrayAt(j, "via"))
    c.via.push_back(locFrom(l));
  c.guards = j.value("guards", std::vector<std::string>{});
  c.excluded = j.value("excluded", std::vector<std::string>{});
  return c;
}

const char *kindName(FailurePath::Kind k) {
  switch (k) {
  case FailurePath::Kind::Throw: return "throw";
  case FailurePath::Kind::FailureResponse: return "failure";
  case FailurePath::Kind::Exit: return "exit";
  }
  return "throw";
}

FailurePath::Kind kindFrom(const std::string &s) {
  if (s == "failure")
    return FailurePath::Kind::FailureResponse;
  if (s == "exit")
    return FailurePath::Kind::Exit;
  return FailurePath::Kind::Throw;
}

// Anything this version does not know is unknown: no rule may judge a payload it cannot name.
ResponsePayload::Kind payloadKindFrom(const std::string &s) {
  if (s == "event")
    return ResponsePayload::Kind::Event;
  if (s == "literal")
    return ResponsePayload::Kind::Literal;
  if (s == "built")
    return ResponsePayload::Kind::Built;
  return ResponsePayload::Kind::Unknown;
}

json handlerJson(const Handler &h) {
  json failures = json::array(), writes = json::array(), comparisons = json::array(), slow = json::array();
  for (const auto &f : h.failures)
    failures.push_back({{"kind", kindName(f.kind)}, {"what", f.what}, {"ctx", ctxJson(f.ctx)}});
  for (const auto &w : h.writes)
    writes.push_back({{"path", w.path}, {"strings", w.strings}, {"ctx", ctxJson(w.ctx)}});
  for (const auto &c : h.comparisons) {
    comparisons.push_back({{"value", c.value}, {"op", c.op}, {"ctx", ctxJson(c.ctx)}});
    if (c.constant.known())
      comparisons.back()["constant"] = locJson(c.constant);
  }
  for (const auto &s : h.slowCalls)
    slow.push_back({{"what", s.what}, {"millis", s.millis ? json(*s.millis) : json(nullptr)}, {"ctx", ctxJson(s.ctx)}});
  json payloads = json::array(), annotationLocs = json::array();
  for (const auto &p : h.payloads)
    payloads.push_back({{"kind", payloadKindName(p.kind)}, {"text", p.text}, {"ctx", ctxJson(p.ctx)}});
  for (const auto &l : h.annotatedTriggerLocs)
    annotationLocs.push_back(locJson(l));
  return {{"function", h.function},
          {"loc", locJson(h.loc)},
          {"degraded", h.degraded},
          {"degradedReason", h.degradedReason},
          {"annotatedTriggers", h.annotatedTriggers},
          {"annotationLoc", locJson(h.annotationLoc)},
          {"annotatedTriggerLocs", annotationLocs},
          {"failures", failures},
          {"writes", writes},
          {"comparisons", comparisons},
          {"slowCalls", slow},
          {"payloads", payloads}};
}

Handler handlerFrom(const json &j, const std::string &file) {
  Handler h;
  h.file = file;
  h.function = j.at("function").get<std::string>();
  h.loc = locFrom(j.at("loc"));
  h.degraded = j.value("degraded", false);
  h.degradedReason = j.value("degradedReason", std::string());
  h.annotatedTriggers = j.value("annotatedTriggers", std::vector<std::string>{});
  if (j.contains("annotationLoc"))
    h.annotationLoc = locFrom(j.at("annotationLoc"));
  for (const auto &l : arrayAt(j, "annotatedTriggerLocs"))
    h.annotatedTriggerLocs.push_back(locFrom(l));
  for (const auto &f : arrayAt(j, "failures"))
    h.failures.push_back({kindFrom(f.value("kind", "throw")), f.value("what", ""), ctxFrom(f.at("ctx"))});
  for (const auto &w : arrayAt(j, "writes"))
    h.writes.push_back({w.at("path").get<std::vector<std::string>>(), w.value("strings", std::vector<std::string>{}),
                        ctxFrom(w.at("ctx"))});
  for (const auto &c : arrayAt(j, "comparisons")) {
    h.comparisons.push_back({c.at("value").get<std::string>(), c.value("op", "=="), ctxFrom(c.at("ctx"))});
    if (c.contains("constant"))
      h.comparisons.back().constant = locFrom(c.at("constant"));
  }
  for (const auto &s : arrayAt(j, "slowCalls")) {
    SlowCall call{s.value("what", ""), std::nullopt, ctxFrom(s.at("ctx"))};
    // The frontend writes an integer; anything else is unknown (1e300 as long long is undefined).
    if (s.contains("millis") && s.at("millis").is_number_integer())
      call.millis = s.at("millis").get<long long>();
    h.slowCalls.push_back(std::move(call));
  }
  for (const auto &p : arrayAt(j, "payloads"))
    h.payloads.push_back({payloadKindFrom(p.value("kind", "")), p.value("text", ""), ctxFrom(p.at("ctx"))});
  return h;
}

} // namespace

const char *payloadKindName(ResponsePayload::Kind k) {
  switch (k) {
  case ResponsePayload::Kind::Event: return "event";
  case ResponsePayload::Kind::Literal: return "literal";
  case ResponsePayload::Kind::Built: return "built";
  case ResponsePayload::Kind::Unknown: return "unknown";
  }
  return "unknown";
}

json toJson(const HandlerFile &file) {
  json handlers = json::array(), problems = json::array();
  for (const auto &h : file.handlers)
    handlers.push_back(handlerJson(h));
  for (const auto &p : file.problems)
    problems.push_back({{"loc", locJson(p.loc)}, {"message", p.message}});
  return {{"file", file.file}, {"handlers", handlers}, {"problems", problems}, {"notes", file.notes}};
}

std::string dumpJson(const nlohmann::json &doc, int indent) {
  return doc.dump(indent, ' ', false, json::error_handler_t::replace);
}

HandlerFile handlerFileFromJson(const json &j) {
  HandlerFile out;
  out.file = j.at("file").get<std::string>();
  for (const auto &h : arrayAt(j, "handlers"))
    out.handlers.push_back(handlerFrom(h, out.file));
  for (const auto &p : arrayAt(j, "problems"))
    out.problems.push_back({locFrom(p.at("loc")), p.value("message", ""), false});
  out.notes = j.value("notes", std::vector<std::string>{});
  return out;
}

} // namespace tl::model
