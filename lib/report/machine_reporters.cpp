#include "report/machine_reporters.h"

#include "engine/fingerprint.h"
#include "engine/rule.h"
#include "engine/rule_docs.h"
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

// The path of `file` relative to `root`, or "" when it is not under it.
std::string underRoot(const std::string &file, const std::string &root) {
  if (root.empty() || file.empty())
    return "";
  const std::filesystem::path relative = std::filesystem::absolute(file).lexically_normal().lexically_relative(root);
  return relative.empty() || *relative.begin() == ".." ? "" : relative.generic_string();
}

// A file under the root is a URI relative to it (%SRCROOT%), which code scanning resolves
// against the repository whatever directory the run started in; anything else is a file URI.
ordered artifact(const std::string &file, const std::string &root) {
  if (std::string relative = underRoot(file, root); !relative.empty())
    return {{"uri", uriPath(relative)}, {"uriBaseId", "%SRCROOT%"}};
  return {{"uri", "file://" + uriPath(std::filesystem::absolute(file).lexically_normal().generic_string())}};
}

ordered physical(const Location &loc, const std::string &root) {
  ordered p = {{"artifactLocation", artifact(loc.file, root)}};
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

ordered sarifRule(const RuleInfo &info) {
  std::string text(info.whatItDoes);
  text.append("\n\n").append(info.whyBad);
  return {{"id", info.id},
          {"name", info.name},
          {"shortDescription", {{"text", info.summary}}},
          {"fullDescription", {{"text", info.whatItDoes}}},
          {"helpUri", std::string(TRIGGERLINT_RULE_DOCS) + std::string(info.id) + ".md"},
          {"help", {{"text", text}, {"markdown", ruleMarkdown(info)}}},
          {"defaultConfiguration", {{"level", sarifLevel(info.severity)}}}};
}

std::string fingerprintIn(const Finding &f, const std::string &root) {
  std::string relative = underRoot(f.loc.file, root);
  return fingerprint(f, relative.empty() ? std::string_view(f.loc.file) : std::string_view(relative));
}

ordered sarifResult(const Finding &f, const std::map<std::string, size_t> &index, const std::string &root) {
  auto at = index.find(f.rule);
  ordered result = {{"ruleId", f.rule},
                    {"ruleIndex", at != index.end() ? at->second : 0},
                    {"level", sarifLevel(f.severity)},
                    {"message", {{"text", f.message}}},
                    {"locations", ordered::array({{{"physicalLocation", physical(f.loc, root)}}})},
                    // Of the repository-relative path: the same from any working directory.
                    {"partialFingerprints", {{"triggerlint/v1", fingerprintIn(f, root)}}}};
  if (!f.notes.empty()) {
    ordered related = ordered::array();
    for (size_t i = 0; i < f.notes.size(); ++i)
      related.push_back({{"id", i + 1},
                         {"physicalLocation", physical(f.notes[i].loc, root)},
                         {"message", {{"text", f.notes[i].message}}}});
    result["relatedLocations"] = related;
  }
  return result;
}

} // namespace

void writeSarif(std::ostream &out, const std::vector<Finding> &findings, const SarifRun &run) {
  ordered rules = ordered::array();
  std::map<std::string, size_t> index;
  for (const Rule *r : allRules()) {
    index[std::string(r->info.id)] = rules.size();
    rules.push_back(sarifRule(r->info));
  }
  ordered results = ordered::array();
  for (const auto &f : findings)
    results.push_back(sarifResult(f, index, run.root));
  // Silenced results stay, marked: a result that disappears is an alert code scanning closes as
  // fixed, while a suppressed one is closed as dismissed, which is what happened.
  if (run.silenced)
    for (const SilencedFinding &s : *run.silenced) {
      ordered result = sarifResult(s.finding, index, run.root);
      ordered suppression = {{"kind", s.byBaseline ? "external" : "inSource"}, {"status", "accepted"}};
      if (s.byBaseline)
        suppression["justification"] = "accepted by the baseline (--baseline)";
      result["suppressions"] = ordered::array({suppression});
      results.push_back(result);
    }
  ordered driver = {{"name", "triggerlint"},
                    {"version", TRIGGERLINT_VERSION},
                    {"semanticVersion", TRIGGERLINT_VERSION},
                    {"informationUri", TRIGGERLINT_HOMEPAGE},
                    {"rules", rules}};
  ordered runJson = {{"tool", {{"driver", driver}}}, {"results", results}};
  if (!run.root.empty())
    runJson["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + uriPath(run.root) + "/"}}}};
  ordered doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", ordered::array({runJson})}};
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void writeJunit(std::ostream &out, const std::vector<Finding> &findings, std::optional<Severity> failAt) {
  size_t failures = 0;
  for (const auto &f : findings)
    failures += failAt && f.severity >= *failAt;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"triggerlint\" tests=\"" << std::max<size_t>(findings.size(), 1) << "\" failures=\""
      << failures << "\">\n";
  out << "  <testsuite name=\"triggerlint\" tests=\"" << std::max<size_t>(findings.size(), 1) << "\" failures=\""
      << failures << "\">\n";
  if (findings.empty())
    out << "    <testcase classname=\"triggerlint\" name=\"no findings\"/>\n";
  for (const auto &f : findings) {
    const std::string where = f.loc.file + ":" + std::to_string(f.loc.line) + ":" + std::to_string(f.loc.column);
    // The anchor (a logical id, a pool and trigger, a handler) names what the finding is about
    // and does not move with lines; the message is the fallback.
    const std::string subject = f.anchor.empty() ? f.message : f.anchor;
    out << "    <testcase classname=\"" << xmlEscape(f.loc.file) << "\" name=\""
        << xmlEscape(f.rule + " " + f.name + ": " + subject) << "\">\n";
    // One line per note; each escaped on its own, so a newline inside a value stays visible.
    std::string text = xmlEscape(where + ": " + std::string(severityName(f.severity)) + ": " + f.message);
    for (const FindingNote &n : f.notes)
      text += "\n" + xmlEscape(n.loc.file + ":" + std::to_string(n.loc.line) + ":" + std::to_string(n.loc.column) +
                               ": note: " + n.message);
    if (failAt && f.severity >= *failAt)
      out << "      <failure type=\"" << severityName(f.severity) << "\" message=\"" << xmlEscape(f.message) << "\">"
          << text << "</failure>\n";
    else
      out << "      <system-out>" << text << "</system-out>\n";
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
    std::string message = f.message;
    for (const FindingNote &n : f.notes)
      message += "\nnote: " + n.loc.file + ":" + std::to_string(n.loc.line) + ":" + std::to_string(n.loc.column) +
                 ": " + n.message;
    out << ",title=" << githubEscape(f.rule + " " + f.name, true) << "::" << githubEscape(message, false) << "\n";
  }
}

} // namespace tl::report
