#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace tl {

/// Splits "a, b,c" (or "A && !B" with separator "&&") into its trimmed, non-empty items.
std::vector<std::string> splitList(std::string_view text, std::string_view separator = ",");

} // namespace tl
