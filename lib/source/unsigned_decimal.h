#pragma once
// Numbers given as text by whoever starts triggerlint (environment variables): digits only, so
// that a sign, blanks, a unit or an overflow is an error to report, never a value strtoull or
// strtod would quietly make of it (strtoull reads "-1" as 2^64-1).
#include <cstdint>
#include <optional>
#include <string_view>

namespace tl {

/// `text` as a non-negative decimal number with at most `fractionDigits` digits after an optional
/// '.', scaled by 10^fractionDigits ("1.5" with 3 is 1500); nullopt for anything else: empty, a
/// sign, blanks, more fraction digits, other characters, or a value past uint64_t.
std::optional<uint64_t> parseUnsignedDecimal(std::string_view text, unsigned fractionDigits = 0);

} // namespace tl
