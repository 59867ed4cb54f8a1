#include "cfn/placeholder_match.h"

#include <string>
#include <vector>

namespace tl::cfn {

// The literal text around the placeholders must appear in order, from the start to the end.
bool matchesPlaceholders(std::string_view pattern, std::string_view text) {
  std::vector<std::string> pieces(1); // literal text; a placeholder starts the next piece
  for (size_t i = 0; i < pattern.size(); ++i) {
    size_t close = std::string_view::npos;
    if ((pattern[i] == '$' || pattern[i] == '&') && i + 1 < pattern.size() && pattern[i + 1] == '{')
      close = pattern.find('}', i + 2);
    if (close == std::string_view::npos) {
      pieces.back() += pattern[i];
      continue;
    }
    pieces.emplace_back();
    i = close;
  }
  if (pieces.size() == 1)
    return text == pieces.front();
  const std::string &first = pieces.front(), &last = pieces.back();
  if (text.size() < first.size() + last.size() || text.substr(0, first.size()) != first ||
      text.substr(text.size() - last.size()) != last)
    return false;
  size_t at = first.size();
  const size_t end = text.size() - last.size();
  for (size_t i = 1; i + 1 < pieces.size(); ++i) {
    size_t found = text.substr(0, end).find(pieces[i], at);
    if (found == std::string_view::npos)
      return false;
    at = found + pieces[i].size();
  }
  return true;
}

} // namespace tl::cfn
