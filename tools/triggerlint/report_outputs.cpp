#include "report_outputs.h"

#include "source/printable_text.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace tl {

const std::vector<std::string> &reportFormats() {
  static const std::vector<std::string> formats = {"text", "json", "sarif", "junit", "github"};
  return formats;
}

bool ReportOutputs::machineOnStdout() const {
  return std::any_of(outputs.begin(), outputs.end(),
                     [](const ReportOutput &o) { return o.toStdout() && o.format != "text"; });
}

bool ReportOutputs::wants(std::string_view format) const {
  return std::any_of(outputs.begin(), outputs.end(), [&](const ReportOutput &o) { return o.format == format; });
}

namespace {

bool knownFormat(std::string_view format) {
  const auto &all = reportFormats();
  return std::find(all.begin(), all.end(), format) != all.end();
}

std::string formatList() {
  std::string out;
  for (const std::string &f : reportFormats())
    out += (out.empty() ? "" : ", ") + f;
  return out;
}

} // namespace

ReportOutputs planOutputs(const std::optional<std::string> &format, const std::vector<std::string> &specs) {
  ReportOutputs plan;
  if (format)
    plan.outputs.push_back({*format, "-"});
  for (const std::string &spec : specs) {
    const size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
      plan.error = "--output '" + printable(spec) + "': expected FORMAT=FILE (FILE '-' is standard output)";
      return plan;
    }
    ReportOutput out{spec.substr(0, eq), spec.substr(eq + 1)};
    if (!knownFormat(out.format)) {
      plan.error = "--output '" + printable(spec) + "': unknown format '" + printable(out.format) +
                   "' (known: " + formatList() + ")";
      return plan;
    }
    if (!out.toStdout()) {
      const std::filesystem::path parent = std::filesystem::path(out.path).parent_path();
      std::error_code ec;
      if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
        plan.error =
            "--output '" + printable(spec) + "': directory '" + printable(parent.string()) + "' does not exist";
        return plan;
      }
      if (std::filesystem::is_directory(out.path, ec)) {
        plan.error = "--output '" + printable(spec) + "': '" + printable(out.path) + "' is a directory";
        return plan;
      }
    }
    plan.outputs.push_back(std::move(out));
  }
  if (plan.outputs.empty())
    plan.outputs.push_back({"text", "-"});
  std::set<std::string> seen;
  for (const ReportOutput &o : plan.outputs)
    if (!seen.insert(o.path).second) {
      plan.error = o.toStdout() ? "only one report can go to standard output (--format and --output FORMAT=-)"
                                : "--output names '" + printable(o.path) + "' twice";
      return plan;
    }
  return plan;
}

} // namespace tl
