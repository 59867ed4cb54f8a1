#pragma once
// Outputs for other programs: SARIF 2.1.0 (GitHub code scanning), JUnit XML (CI test reports)
// and GitHub Actions workflow commands (pull-request annotations without glue code).
#include "engine/finding.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tl::report {

/// What SARIF needs beyond the findings.
struct SarifRun {
  std::string root;                                       // absolute: URIs are relative to it (%SRCROOT%)
  const std::vector<SilencedFinding> *silenced = nullptr; // kept as results with `suppressions`
};

/// SARIF 2.1.0 as GitHub code scanning reads it. A file under `run.root` is a URI relative to
/// it (code scanning resolves them against the repository), anything else an absolute file URI.
void writeSarif(std::ostream &out, const std::vector<Finding> &findings, const SarifRun &run);
/// JUnit XML: one test case per finding, named by rule and what it is about (never a line, so
/// a moved line renames nothing); a finding at or above `failAt` is a failure (none with nullopt,
/// as for `--fail-on none`), others are passing cases with their text as output.
void writeJunit(std::ostream &out, const std::vector<Finding> &findings, std::optional<Severity> failAt);
/// GitHub Actions workflow commands, one per finding; its notes follow the message on lines of
/// their own.
void writeGithub(std::ostream &out, const std::vector<Finding> &findings);

} // namespace tl::report
