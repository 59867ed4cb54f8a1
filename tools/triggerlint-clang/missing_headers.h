#pragma once
// A header that is not installed where triggerlint runs (libcurl, the AWS SDK in a pre-commit
// hook) must not end the analysis: Clang is told to treat its fatal "file not found" as a plain
// error, so later #includes still load and the rest of the file is parsed (as libclang's
// keep-going mode does). The missing header becomes a note, and the errors it causes further down (undeclared
// names, and the parse errors they trigger on the same line) are not the file's TL000 problem;
// any other error still is.
#include "clang/Basic/Diagnostic.h"

#include <optional>
#include <set>
#include <string>
#include <utility>

namespace tl::clangfe {

/// Makes "file not found" an error instead of a fatal one. Only that one (libclang's
/// setFatalsAsError downgrades all): a header that exists but cannot be opened, or any other
/// fatal error, still ends the file, and is its TL000.
void keepGoingPastMissingHeaders(clang::DiagnosticsEngine &diags);

/// The header name of a "file not found" diagnostic, or nothing for any other diagnostic.
std::optional<std::string> missingHeaderName(const clang::Diagnostic &info);

/// `where` is "line 3" in the main file, "helpers.h:3" in a header it includes.
/// "'curl/curl.h' was not found (line 3): the analysis went on without it".
std::string missingHeaderNote(const std::string &header, const std::string &where);

/// Tells the errors a missing header causes from those of a file that does not parse on its own.
class MissingHeaderTriage {
public:
  /// Records an error that is not itself a missing header, at `file`:`line` (0 when unknown).
  void error(const clang::Diagnostic &info, const std::string &file, unsigned line);
  /// True when the last error recorded could not come from a missing declaration: a preprocessor
  /// error, or a parse error on a line where no earlier error stood. Semantic errors (an
  /// undeclared identifier, an unknown type) and parse errors that follow one on its line are
  /// what a missing header leaves behind.
  bool lastIsIndependent() const { return lastIndependent_; }

private:
  std::set<std::pair<std::string, unsigned>> linesWithErrors_;
  bool lastIndependent_ = false;
};

} // namespace tl::clangfe
