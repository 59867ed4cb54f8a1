#include "trigger_annotations.h"

#include <algorithm>
#include <cctype>

namespace tl::clangfe {
namespace {

constexpr llvm::StringRef kMarker = "triggerlint:";
constexpr llvm::StringRef kTrigger = "trigger=";

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Reads `triggerlint: trigger=A,B` from one comment's text starting at `offset` in the file;
// records the comment at `commentOffset` when it is the block's first annotation.
void readComment(llvm::StringRef comment, unsigned offset, unsigned commentOffset, std::optional<TriggerAnnotation> &out) {
  size_t at = comment.find(kMarker);
  if (at == llvm::StringRef::npos)
    return;
  size_t pos = at + kMarker.size();
  while (pos < comment.size() && isSpace(comment[pos]))
    ++pos;
  if (!comment.substr(pos).startswith(kTrigger))
    return;
  pos += kTrigger.size();
  if (!out)
    out = TriggerAnnotation{commentOffset, {}};
  out->offset = std::min(out->offset, commentOffset);
  // Commas separate the names, with or without blanks around them (`A,B` and `A, B` alike); a
  // blank that no comma follows ends the list, so prose may follow it on the line.
  while (pos < comment.size() && !isSpace(comment[pos])) {
    size_t end = pos;
    while (end < comment.size() && !isSpace(comment[end]) && comment[end] != ',')
      ++end;
    if (end > pos)
      out->names.emplace_back(comment.slice(pos, end).str(), offset + static_cast<unsigned>(pos));
    size_t next = end;
    while (next < comment.size() && isSpace(comment[next]) && comment[next] != '\n')
      ++next;
    if (next == comment.size() || comment[next] != ',')
      break;
    ++next;
    while (next < comment.size() && isSpace(comment[next]) && comment[next] != '\n')
      ++next;
    pos = next;
  }
}

} // namespace

std::optional<TriggerAnnotation> annotationAbove(llvm::StringRef buffer, unsigned lineOffset) {
  std::optional<TriggerAnnotation> out;
  std::vector<std::pair<llvm::StringRef, unsigned>> lines; // the comment lines, nearest first
  unsigned next = std::min<unsigned>(lineOffset, static_cast<unsigned>(buffer.size()));
  while (next > 0) {
    unsigned stop = next - 1; // the newline that ends the line above
    size_t prev = stop == 0 ? llvm::StringRef::npos : buffer.rfind('\n', stop - 1);
    unsigned start = prev == llvm::StringRef::npos ? 0 : static_cast<unsigned>(prev) + 1;
    llvm::StringRef line = buffer.slice(start, stop);
    llvm::StringRef trimmed = line.ltrim();
    if (!trimmed.startswith("//"))
      break;
    lines.emplace_back(trimmed, start + static_cast<unsigned>(line.size() - trimmed.size()));
    next = start;
  }
  // Read top-down so that names keep the order they are written in.
  for (auto it = lines.rbegin(); it != lines.rend(); ++it)
    readComment(it->first, it->second, it->second, out);
  return out;
}

std::optional<TriggerAnnotation> leadingAnnotation(llvm::StringRef buffer) {
  std::optional<TriggerAnnotation> out;
  size_t pos = buffer.startswith("\xEF\xBB\xBF") ? 3 : 0;
  while (pos < buffer.size()) {
    if (isSpace(buffer[pos])) {
      ++pos;
      continue;
    }
    llvm::StringRef rest = buffer.substr(pos);
    size_t end;
    if (rest.startswith("//"))
      end = rest.find('\n');
    else if (rest.startswith("/*"))
      end = rest.find("*/");
    else
      break; // the first declaration or directive ends the block
    if (end == llvm::StringRef::npos)
      end = rest.size();
    readComment(rest.take_front(end), static_cast<unsigned>(pos), static_cast<unsigned>(pos), out);
    pos += end;
  }
  return out;
}

} // namespace tl::clangfe
