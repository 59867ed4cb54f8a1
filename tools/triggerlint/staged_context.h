#pragma once
// A file named on the command line (what a pre-commit hook passes: the staged files) is linted
// with the wiring it needs (issue 10): a C++ source or header gets the templates, under its
// repository root, whose functions' code directories hold it (or, for a header, hold a source
// that includes it), and the other sources of that code directory (the cross-TU analysis needs
// the whole function); a template gets the C++ sources of
// its functions' code directories, whose findings it reports (they are wired to it). What is added
// for a named C++ file reports only findings with a note on a file of the run.
#include "config/config_file.h"
#include "engine/finding.h"
#include "input/discovery.h"
#include "model/model.h"

#include <set>
#include <string>
#include <vector>

namespace tl {

/// The files a run adds for the files named on its command line, and how to tell its findings.
struct StagedContext {
  std::vector<std::string> files;     // to read like walked files: templates and C++ sources
  std::set<std::string> contextFiles; // absoluteNormalPath of those of `files` that report only
                                      // findings with a note on a file of the run
  std::set<std::string> runFiles;     // absoluteNormalPath of each input the user's paths gave

  std::set<std::string> added; // absoluteNormalPath of every file added so far

  bool empty() const { return files.empty(); }
  /// The C++ sources of the code directories of `named`'s functions (the model of a template named
  /// on the command line, as the run read it) that the run does not hold yet: wired to it, they
  /// report like it.
  std::vector<std::string> addWiredSources(const model::Model &named, const config::ConfigFile &config);
  /// False for a finding on a file added for context whose notes point at no file of the run:
  /// a hook stays quiet about files nobody touched.
  bool reports(const Finding &finding) const;
};

/// The context of the named C++ files among `inputs` (a named template's comes with its model:
/// addWiredSources).
StagedContext stagedContext(const std::vector<input::InputFile> &inputs, const config::ConfigFile &config);

} // namespace tl
