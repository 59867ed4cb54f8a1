#include "input/suppression_scanner.h"

#include "source/text_list.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace tl::input {
namespace {

constexpr std::string_view kMarker = "triggerlint: ignore[";

// A '#' starts a YAML comment only at the start of a line or after white space; inside a
// scalar like `a#b` it does not.
size_t commentStart(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
      return i;
  return std::string_view::npos;
}

bool isBlankOrComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string_view::npos || line[i] == '#';
}

// A C++ line comment: `//` outside string and character literals.
size_t cppCommentStart(std::string_view line) {
  char quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '"' || c == '\'') {
      // A digit separator (1'000'000) is not a character literal.
      if (!(c == '\'' && i > 0 && std::isxdigit(static_cast<unsigned char>(line[i - 1]))))
        quote = c;
    } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      return i;
    }
  }
  return std::string_view::npos;
}

bool isBlankOrCppComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string_view::npos || line.substr(i, 2) == "//";
}

// An HCL line comment: `#` or `//` outside a quoted string (a heredoc's lines are not tracked).
size_t hclCommentStart(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '#' || (c == '/' && i + 1 < line.size() && line[i + 1] == '/')) {
      return i;
    }
  }
  return std::string_view::npos;
}

bool isBlankOrHclComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i == std::string_view::npos || line[i] == '#' || line.substr(i, 2) == "//";
}

using CommentFinder = size_t (*)(std::string_view);
using LineFilter = bool (*)(std::string_view);

void scanComments(const std::string &path, std::string_view text, CommentFinder commentStart,
                  LineFilter isBlankOrComment, std::vector<model::Suppression> &out) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  // The next line that is neither blank nor a comment, found once for a whole run of stacked
  // comments: looking it up again for each of 100,000 stacked comments took a minute.
  size_t nextCode = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    size_t hash = commentStart(line);
    if (hash == std::string_view::npos)
      continue;
    size_t marker = line.find(kMarker, hash);
    if (marker == std::string_view::npos)
      continue;
    size_t open = marker + kMarker.size();
    size_t close = line.find(']', open);
    if (close == std::string_view::npos)
      continue;
    model::Suppression s;
    s.loc = Location{path, static_cast<uint32_t>(i + 1), static_cast<uint32_t>(hash + 1)};
    s.rules = splitList(line.substr(open, close - open));
    std::string_view reason = line.substr(close + 1);
    size_t r = reason.find_first_not_of(" :-\t\r");
    s.reason = r == std::string_view::npos ? "" : std::string(reason.substr(r));
    // A comment alone on its line covers the next line that is not a comment.
    size_t target = i;
    if (line.find_first_not_of(" \t") == hash) {
      if (nextCode <= i) {
        nextCode = i + 1;
        while (nextCode < lines.size() && isBlankOrComment(lines[nextCode]))
          ++nextCode;
      }
      target = nextCode;
    }
    s.firstLine = s.lastLine = static_cast<uint32_t>(target + 1);
    out.push_back(std::move(s));
  }
}

uint32_t lastLineOf(const doc::Node &node, uint32_t depth = 0) {
  uint32_t last = node.line;
  if (depth > 64)
    return last;
  for (const auto &e : node.entries()) {
    last = std::max(last, e.key->line);
    last = std::max(last, lastLineOf(*e.value, depth + 1));
  }
  for (const doc::Node *item : node.items())
    last = std::max(last, lastLineOf(*item, depth + 1));
  return last;
}

void scanResourceMetadata(const doc::Document &doc, std::vector<model::Suppression> &out) {
  if (!doc.root || !doc.root->isMapping())
    return;
  const doc::Node *resources = doc.root->find("Resources");
  if (!resources || !resources->isMapping())
    return;
  for (const auto &entry : resources->entries()) {
    const doc::Node *meta = entry.value->isMapping() ? entry.value->find("Metadata") : nullptr;
    const doc::Node *ours = meta && meta->isMapping() ? meta->find("triggerlint") : nullptr;
    const doc::Node *ignore = ours && ours->isMapping() ? ours->find("ignore") : nullptr;
    if (!ignore)
      continue;
    model::Suppression s;
    s.loc = Location{doc.path, ignore->line, ignore->column};
    if (ignore->isScalar())
      s.rules = splitList(ignore->value);
    for (const doc::Node *item : ignore->items())
      if (item->isScalar())
        s.rules.emplace_back(item->value);
    s.firstLine = entry.key->line;
    s.lastLine = lastLineOf(*entry.value);
    out.push_back(std::move(s));
  }
}

} // namespace

void scanSuppressions(const doc::Document &doc, std::vector<model::Suppression> &out) {
  if (doc.text.find("triggerlint") == std::string::npos)
    return; // the common case costs one search
  scanComments(doc.path, doc.text, commentStart, isBlankOrComment, out);
  scanResourceMetadata(doc, out);
}

void scanCppSuppressions(const std::string &path, const std::string &text, std::vector<model::Suppression> &out) {
  if (text.find("triggerlint: ignore[") == std::string::npos)
    return;
  scanComments(path, text, cppCommentStart, isBlankOrCppComment, out);
}

void scanHclSuppressions(const std::string &path, const std::string &text, std::vector<model::Suppression> &out) {
  if (text.find("triggerlint: ignore[") == std::string::npos)
    return;
  scanComments(path, text, hclCommentStart, isBlankOrHclComment, out);
}

} // namespace tl::input
