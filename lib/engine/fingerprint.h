#pragma once
// Finding identities that survive moved lines: SARIF's partialFingerprints and baselines use them.
#include "engine/finding.h"

#include <string>
#include <string_view>

namespace tl {

/// A hash of the rule, `file` and the finding's anchor (its message when the rule sets none), so
/// inserting lines above a finding does not change it. 16 hex digits, the same on every platform.
std::string fingerprint(const Finding &f, std::string_view file);

} // namespace tl
