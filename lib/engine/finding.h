#pragma once
#include "source/location.h"

#include <string>
#include <string_view>
#include <vector>

namespace tl {

enum class Severity { Note, Warning, Error };

std::string_view severityName(Severity s);
/// Parses "note"/"info"/"warning"/"error"; false when the text is none of them.
bool parseSeverity(std::string_view text, Severity &out);

/// A related place shown under a finding ("the value is inherited from here").
struct FindingNote {
  Location loc;
  std::string message;
};

/// One diagnostic produced by a rule.
struct Finding {
  std::string rule;  // "TL101"
  std::string name;  // "trigger-timeout"
  Severity severity = Severity::Error;
  Location loc;
  std::string message;
  std::vector<FindingNote> notes;
  std::string anchor; // stable identity for baselines: logical id / pool+trigger, never a line
};

/// A finding a suppression or a baseline silenced. It is not reported, but SARIF keeps it with
/// its `suppressions`: code scanning closes an alert whose result disappears as fixed.
struct SilencedFinding {
  Finding finding;
  bool byBaseline = false; // false: an in-source suppression (comment or Metadata)
};

} // namespace tl
