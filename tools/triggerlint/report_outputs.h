#pragma once
// Where a run's reports go: `--format` and `--output FORMAT=FILE` (several formats from one run,
// so CI gets SARIF and annotations without parsing every handler twice).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl {

/// One report to write: a format ("text", "json", "sarif", "junit", "github") and its file
/// ("-" = standard output).
struct ReportOutput {
  std::string format;
  std::string path;

  bool toStdout() const { return path == "-"; }
};

/// The reports a run writes, or the usage error that stops it.
struct ReportOutputs {
  std::vector<ReportOutput> outputs;
  std::string error; // "" when fine

  /// True when standard output gets a machine format (progress and the summary stay off it).
  bool machineOnStdout() const;
  /// True when some report is in `format`.
  bool wants(std::string_view format) const;
};

/// The formats `--format` and `--output` accept.
const std::vector<std::string> &reportFormats();

/// Reads the `--output FORMAT=FILE` specs and `--format` (nullopt when not given: then standard
/// output gets text unless an --output names it). Checks that each file's directory exists and
/// that no file is named twice; files are written only once the run has its findings.
ReportOutputs planOutputs(const std::optional<std::string> &format, const std::vector<std::string> &specs);

} // namespace tl
