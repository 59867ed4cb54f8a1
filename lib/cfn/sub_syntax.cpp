#include "cfn/sub_syntax.h"

namespace tl::cfn {

std::vector<SubPiece> parseSub(std::string_view text) {
  std::vector<SubPiece> pieces;
  size_t textStart = 0;
  size_t pos = 0;
  auto flushText = [&](size_t end) {
    if (end > textStart)
      pieces.push_back({SubPiece::Kind::Text, text.substr(textStart, end - textStart), false});
  };
  while ((pos = text.find("${", pos)) != std::string_view::npos) {
    size_t close = text.find('}', pos + 2);
    if (close == std::string_view::npos)
      break;
    flushText(pos);
    std::string_view inner = text.substr(pos + 2, close - pos - 2);
    if (inner.starts_with('!'))
      pieces.push_back({SubPiece::Kind::Text, inner.substr(1), true});
    else
      pieces.push_back({SubPiece::Kind::Variable, inner, false});
    pos = close + 1;
    textStart = pos;
  }
  flushText(text.size());
  return pieces;
}

} // namespace tl::cfn
