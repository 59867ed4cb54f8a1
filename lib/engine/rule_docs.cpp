#include "engine/rule_docs.h"

namespace tl {
namespace {

// Examples may be templates or C++ sources; the fence language follows the content.
std::string_view fenceLanguage(std::string_view example) {
  if (example.find("#include") != std::string_view::npos || example.find("invocation_response") != std::string_view::npos)
    return "cpp";
  return "yaml";
}

void section(std::string &out, std::string_view title, std::string_view body) {
  if (body.empty())
    return;
  out += "## ";
  out += title;
  out += "\n\n";
  out += body;
  out += "\n\n";
}

void codeSection(std::string &out, std::string_view title, std::string_view code) {
  if (code.empty())
    return;
  out += "## ";
  out += title;
  out += "\n\n```";
  out += fenceLanguage(code);
  out += "\n";
  out += code;
  if (code.back() != '\n')
    out += "\n";
  out += "```\n\n";
}

} // namespace

std::string ruleMarkdown(const RuleInfo &rule) {
  std::string out = "# ";
  out += rule.id;
  out += " ";
  out += rule.name;
  out += "\n\n";
  out += "Default severity: **";
  out += severityName(rule.severity);
  out += "**. ";
  out += rule.summary;
  out += ".\n\n";
  section(out, "What it does", rule.whatItDoes);
  section(out, "Why is this bad?", rule.whyBad);
  codeSection(out, "Example", rule.example);
  codeSection(out, "Use instead", rule.useInstead);
  section(out, "In Terraform", rule.inTerraform);
  std::string suppress;
  if (rule.alwaysRuns) {
    suppress = "It always runs: `--select`, `--ignore` and the configuration's lists do not turn it off, "
               "since it says what the run could not see. Its severity can be changed (`severity: {";
    suppress += rule.id;
    suppress += ": warning}` in `.triggerlint.yaml`).";
  } else {
    suppress = "Select or ignore it with `--select ";
    suppress += rule.id;
    suppress += "` / `--ignore ";
    suppress += rule.name;
    suppress += "`.";
  }
  section(out, "Configuration", suppress);
  if (!rule.sourceUrl.empty()) {
    out += "## References\n\n- <";
    out += rule.sourceUrl;
    out += ">\n";
  }
  return out;
}

} // namespace tl
