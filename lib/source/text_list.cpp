#include "source/text_list.h"

namespace tl {

std::vector<std::string> splitList(std::string_view text, std::string_view separator) {
  std::vector<std::string> items;
  while (true) {
    size_t at = text.find(separator);
    std::string_view item = text.substr(0, at);
    size_t first = item.find_first_not_of(" \t");
    if (first != std::string_view::npos)
      items.emplace_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
    if (at == std::string_view::npos)
      return items;
    text.remove_prefix(at + separator.size());
  }
}

} // namespace tl
