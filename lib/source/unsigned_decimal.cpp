#include "source/unsigned_decimal.h"

#include <limits>

namespace tl {

std::optional<uint64_t> parseUnsignedDecimal(std::string_view text, unsigned fractionDigits) {
  constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
  uint64_t value = 0;
  bool digits = false, point = false;
  unsigned fraction = 0;
  auto push = [&value](unsigned digit) {
    if (value > (kMax - digit) / 10)
      return false;
    value = value * 10 + digit;
    return true;
  };
  for (char c : text) {
    if (c == '.' && !point && fractionDigits > 0) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9')
      return std::nullopt;
    if (point && ++fraction > fractionDigits)
      return std::nullopt;
    digits = true;
    if (!push(static_cast<unsigned>(c - '0')))
      return std::nullopt;
  }
  if (!digits)
    return std::nullopt;
  for (; fraction < fractionDigits; ++fraction)
    if (!push(0))
      return std::nullopt;
  return value;
}

} // namespace tl
