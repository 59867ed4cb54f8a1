#include "engine/rule.h"

namespace tl {

Finding &FindingSink::report(Location loc, std::string message, std::optional<Severity> severity) {
  Finding &f = findings_.emplace_back();
  f.rule = std::string(info_.id);
  f.name = std::string(info_.name);
  f.severity = severity.value_or(info_.severity);
  f.loc = std::move(loc);
  f.message = std::move(message);
  return f;
}

std::string_view severityName(Severity s) {
  switch (s) {
  case Severity::Note: return "note";
  case Severity::Warning: return "warning";
  case Severity::Error: return "error";
  }
  return "error";
}

bool parseSeverity(std::string_view text, Severity &out) {
  if (text == "note" || text == "info" || text == "informational") { out = Severity::Note; return true; }
  if (text == "warning" || text == "warn") { out = Severity::Warning; return true; }
  if (text == "error") { out = Severity::Error; return true; }
  return false;
}

} // namespace tl
