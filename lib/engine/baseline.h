#pragma once
// Baselines (--baseline, --write-baseline): the findings a project has accepted, so that adopting
// the linter on existing infrastructure fails only on new ones. Entries name a finding by rule,
// file and line-independent fingerprint, so they survive edits above the finding.
#include "engine/engine.h"
#include "engine/finding.h"

#include <string>
#include <vector>

namespace tl {

/// One accepted finding as a baseline file stores it.
struct BaselineEntry {
  std::string rule;        // "TL101"
  std::string file;        // relative to the baseline file's directory, '/' separators
  std::string fingerprint; // fingerprint(finding, file)
  std::string message;     // for reviewers of the file only: matching ignores it
};

/// A baseline file's path and entries.
struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;
};

/// A baseline that was read, or why not: "path:line:col: message" or "path: message".
struct BaselineRead {
  Baseline baseline;
  std::string error;
};

/// Reads and validates a baseline file.
BaselineRead readBaseline(const std::string &path);

/// The baseline at `path` that accepts exactly `findings`, sorted by file, rule, fingerprint.
Baseline baselineFor(const std::string &path, const std::vector<Finding> &findings);

/// The file's text: pretty-printed JSON with one entry per line, so reviews diff it line by line.
std::string formatBaseline(const Baseline &baseline);

/// Writes the baseline to its path through a temporary file and a rename, so a failed or
/// interrupted run leaves the previous baseline intact. "" on success, else "path: why".
std::string writeBaseline(const Baseline &baseline);

/// What this run looked at. An entry of a rule that did not run or of a file that was not linted
/// was not looked for, so it is not reported as gone.
struct BaselineScope {
  const RuleSelection *selection = nullptr; // null: every rule ran
  std::vector<std::string> files;           // the files linted, as given or found
};

/// What applying a baseline did.
struct BaselineOutcome {
  size_t hidden = 0; // findings the baseline accepted
  size_t gone = 0;   // entries in scope that matched no finding
};

/// Removes the findings the baseline accepts (into `silenced`, when given). Each entry accepts one
/// finding, so a second copy of an accepted problem is still reported.
BaselineOutcome applyBaseline(std::vector<Finding> &findings, const Baseline &baseline, const BaselineScope &scope,
                              std::vector<SilencedFinding> *silenced = nullptr);

} // namespace tl
