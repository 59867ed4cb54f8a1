#include "report/machine_reporters.h"

#include "engine/fingerprint.h"
#include "engine/rule.h"
#include "source/printable_text.h"
#include "version.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>

namespace tl::report {
namespace {

using ordered = nlohmann::ordered_json;

std::string_view sarifLevel(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note";
}

// A path as a URI reference (RFC 3986): bytes other than unreserved characters, sub-delimiters,
// '@' and '/' are percent-encoded (':' too: in a first segment it would read as a scheme), so a space, '#', '%', a control character or a byte that
// is not UTF-8 in a file name still makes a URI that code scanning can resolve.
std::string uriPath(std::string_view path) {
  static constexpr std::string_view kKept = "-._~!$&'()*+,;=@/";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || kKept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

// Relative paths stay relative to the run's root (%SRCROOT%) so that code scanning can map them
// to the repository; absolute ones become file URIs.
ordered artifact(const std::string &file) {
  if (!file.empty() && file.front() == '/')
    return {{"uri", "file://" + uriPath(file)}};
  std::string uri = file.rfind("./", 0) == 0 ? file.substr(2) : file;
  return {{"uri", uriPath(uri)}, {"uriBaseId", "%SRCROOT%"}};
}

ordered physical(const Location &loc) {
  ordered p = {{"artifactLocation", artifact(loc.file)}};
  if (loc.line) {
    p["region"] = {{"startLine", loc.line}};
    if (loc.column)
      p["region"]["startColumn"] = loc.column;
  }
  return p;
}

// XML 1.0 cannot hold most control characters even as character references, nor bytes that are
// not UTF-8: printable() writes those as visible escapes first, so the document stays well-formed
// whatever a file name or value holds.
std::string xmlEscape(std::string_view raw) {
  std::string out;
  for (char c : printable(raw)) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out += c;
    }
  }
  return out;
}

// Workflow commands escape %, CR and LF (and ':' ',' in properties) as GitHub's runner decodes
// them; other control characters and bytes that are not UTF-8 are not decoded by it, so they are
// shown as printable() escapes.
std::string githubEscape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return printable(out);
}

} // namespace

void writeSarif(std::ostream &out, const std::vector<Finding> &findings) {
  ordered rules = ordered::array();
  std::map<std::string, size_t> index;
  for (const Rule *r : allRules()) {
    index[std::string(r->info.id)] = rules.size();
    rules.push_back({{"id", r->info.id},
                     {"name", r->info.name},
                     {"shortDescription", {{"text", r->info.summary}}},
                     {"fullDescription", {{"text", r->info.whatItDoes}}},
                     {"helpUri", r->info.sourceUrl},
                     {"help", {{"text", r->info.whyBad}}},
                     {"defaultConfiguration", {{"level", sarifLevel(r->info.severity)}}}});
  }
  ordered results = ordered::array();
  for (const auto &f : findings) {
    ordered result = {{"ruleId", f.rule},
                      {"ruleIndex", index.count(f.rule) ? index[f.rule] : 0},
                      {"level", sarifLevel(f.severity)},
                      {"message", {{"text", f.message}}},
                      {"locations", ordered::array({{{"physicalLocation", physical(f.loc)}}})},
                      {"partialFingerprints", {{"triggerlint/v1", fingerprint(f)}}}};
    if (!f.notes.empty()) {
      ordered related = ordered::array();
      for (size_t i = 0; i < f.notes.size(); ++i)
        related.push_back({{"id", i + 1}, {"physicalLocation", physical(f.notes[i].loc)},
                           {"message", {{"text", f.notes[i].message}}}});
      result["relatedLocations"] = related;
    }
    results.push_back(result);
  }
  ordered doc = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", ordered::array({{{"tool", {{"driver", {{"name", "triggerlint"},
                                                       {"version", TRIGGERLINT_VERSION},
                                                       {"rules", rules}}}}},
                                {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", "file://" + uriPath(std::filesystem::current_path().generic_string()) + "/"}}}}},
                                {"results", results}}})}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void writeJunit(std::ostream &out, const std::vector<Finding> &findings) {
  size_t failures = 0;
  for (const auto &f : findings)
    failures += f.severity == Severity::Error;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"triggerlint\" tests=\"" << std::max<size_t>(findings.size(), 1) << "\" failures=\""
      << failures << "\">\n";
  out << "  <testsuite name=\"triggerlint\" tests=\"" << std::max<size_t>(findings.size(), 1) << "\" failures=\""
      << failures << "\">\n";
  if (findings.empty())
    out << "    <testcase classname=\"triggerlint\" name=\"no findings\"/>\n";
  for (const auto &f : findings) {
    std::string where = f.loc.file + ":" + std::to_string(f.loc.line) + ":" + std::to_string(f.loc.column);
    out << "    <testcase classname=\"" << xmlEscape(f.loc.file) << "\" name=\"" << xmlEscape(f.rule + " " + f.name + " at " + where)
        << "\">\n";
    const char *tag = f.severity == Severity::Error ? "failure" : "system-out";
    if (f.severity == Severity::Error)
      out << "      <failure type=\"" << severityName(f.severity) << "\" message=\"" << xmlEscape(f.message) << "\">"
          << xmlEscape(where + ": " + f.message) << "</failure>\n";
    else
      out << "      <" << tag << ">" << xmlEscape(where + ": " + std::string(severityName(f.severity)) + ": " + f.message)
          << "</" << tag << ">\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

void writeGithub(std::ostream &out, const std::vector<Finding> &findings) {
  for (const auto &f : findings) {
    std::string_view command = f.severity == Severity::Error ? "error" : f.severity == Severity::Warning ? "warning" : "notice";
    out << "::" << command << " file=" << githubEscape(f.loc.file, true);
    if (f.loc.line)
      out << ",line=" << f.loc.line;
    if (f.loc.column)
      out << ",col=" << f.loc.column;
    out << ",title=" << githubEscape(f.rule + " " + f.name, true) << "::" << githubEscape(f.message, false) << "\n";
  }
}

} // namespace tl::report
