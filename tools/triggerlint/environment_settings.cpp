#include "environment_settings.h"

#include "source/printable_text.h"
#include "source/unsigned_decimal.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace tl {
namespace {

// The variable's value scaled as parseUnsignedDecimal reads it, when it is set, not empty and at
// least `minimum`; otherwise nullopt, with one warning when it was set to something else.
std::optional<uint64_t> environmentNumber(const char *name, unsigned fractionDigits, uint64_t minimum,
                                          const char *meaning, const char *fallback, std::ostream &warnings) {
  const char *env = std::getenv(name);
  if (!env || !*env)
    return std::nullopt;
  std::optional<uint64_t> value = parseUnsignedDecimal(env, fractionDigits);
  if (value && *value >= minimum)
    return value;
  warnings << "triggerlint: warning: " << name << "='" << printable(env) << "' is not " << meaning << "; using "
           << fallback << "\n";
  return std::nullopt;
}

} // namespace

size_t memoryBudget(std::ostream &warnings) {
  // A small template's model is estimated at 8-10 KB, so about 3500 of them fit.
  constexpr size_t kDefault = size_t{32} << 20;
  std::optional<uint64_t> bytes =
      environmentNumber("TRIGGERLINT_MEMORY_BUDGET", 0, 0, "a number of bytes", "33554432 (32 MiB)", warnings);
  return bytes ? static_cast<size_t>(*bytes) : kDefault;
}

std::chrono::milliseconds frontendTimeout(std::ostream &warnings) {
  // Seconds with at most three decimals, read in milliseconds: at least 1 ms.
  std::optional<uint64_t> millis =
      environmentNumber("TRIGGERLINT_CLANG_TIMEOUT", 3, 1, "a number of seconds above 0", "120", warnings);
  // Past what chrono's milliseconds hold, clamp: a day is as good as forever for one batch.
  constexpr uint64_t kDay = 24ull * 3600 * 1000;
  return millis ? std::chrono::milliseconds(static_cast<long long>(std::min(*millis, kDay)))
                : std::chrono::milliseconds(120'000);
}

} // namespace tl
