#include "missing_headers.h"

#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticLex.h"

namespace tl::clangfe {

void keepGoingPastMissingHeaders(clang::DiagnosticsEngine &diags) {
  diags.setSeverity(clang::diag::err_pp_file_not_found, clang::diag::Severity::Error, clang::SourceLocation());
}

std::optional<std::string> missingHeaderName(const clang::Diagnostic &info) {
  const unsigned id = info.getID();
  if (id != clang::diag::err_pp_file_not_found && id != clang::diag::err_pp_file_not_found_angled_include_not_fatal &&
      id != clang::diag::err_pp_file_not_found_typo_not_fatal)
    return std::nullopt;
  if (info.getNumArgs() < 1 || info.getArgKind(0) != clang::DiagnosticsEngine::ak_std_string)
    return std::nullopt;
  return info.getArgStdStr(0);
}

std::string missingHeaderNote(const std::string &header, const std::string &where) {
  std::string at = where.empty() ? "" : " (" + where + ")";
  return "'" + header + "' was not found" + at +
         ": the analysis went on without it, and facts that need its declarations may be missing";
}

void MissingHeaderTriage::error(const clang::Diagnostic &info, const std::string &file, unsigned line) {
  const unsigned id = info.getID();
  const bool semantic = (id >= clang::diag::DIAG_START_AST && id < clang::diag::DIAG_START_COMMENT) ||
                        (id >= clang::diag::DIAG_START_SEMA && id < clang::diag::DIAG_START_ANALYSIS);
  const bool parse = id >= clang::diag::DIAG_START_PARSE && id < clang::diag::DIAG_START_AST;
  const bool followsOnLine = line && linesWithErrors_.count({file, line});
  lastIndependent_ = !(semantic || (parse && followsOnLine));
  if (line)
    linesWithErrors_.insert({file, line});
}

} // namespace tl::clangfe
