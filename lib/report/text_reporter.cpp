#include "report/text_reporter.h"

#include "input/file_reader.h"
#include "source/printable_text.h"

#include <map>
#include <sstream>
#include <string>

namespace tl::report {
namespace {

const char *kBold = "\033[1m";
const char *kReset = "\033[0m";

const char *colorOf(std::string_view severity) {
  if (severity == "error")
    return "\033[1;31m";
  if (severity == "warning")
    return "\033[1;35m";
  return "\033[1;36m";
}

/// Lines of the files findings point into, read once each, for excerpts.
class SourceLines {
public:
  const std::string *line(const std::string &file, uint32_t number) {
    auto it = cache_.find(file);
    if (it == cache_.end()) {
      std::vector<std::string> lines;
      auto content = input::readFile(file);
      if (content.ok && !input::looksBinary(content.text)) {
        std::istringstream in(content.text);
        for (std::string l; std::getline(in, l);)
          lines.push_back(l.substr(0, l.find_last_not_of('\r') + 1));
      }
      it = cache_.emplace(file, std::move(lines)).first;
    }
    if (number == 0 || number > it->second.size())
      return nullptr;
    return &it->second[number - 1];
  }

private:
  std::map<std::string, std::vector<std::string>> cache_;
};

std::string position(const Location &loc) {
  std::string out = printable(loc.file);
  if (loc.line) {
    out += ":" + std::to_string(loc.line);
    if (loc.column)
      out += ":" + std::to_string(loc.column);
  }
  return out;
}

// The caret's indentation: the excerpt's characters before `column` (1-based, counting
// characters like TextPosition) as printable() shows them, blanked.
std::string caretPad(const std::string &line, uint32_t column) {
  size_t end = 0;
  for (uint32_t chars = 0; end < line.size(); ++end)
    if ((static_cast<unsigned char>(line[end]) & 0xC0) != 0x80 && ++chars == column)
      break;
  std::string pad;
  for (char c : printable(std::string_view(line).substr(0, end)))
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
      pad += ' ';
  return pad;
}

void writeLine(std::ostream &out, const Location &loc, std::string_view severity, const std::string &rawMessage,
               const std::string &suffix, const TextOptions &options, SourceLines &sources) {
  const std::string message = printable(rawMessage);
  if (options.color)
    out << kBold << position(loc) << ": " << colorOf(severity) << severity << ": " << kReset << kBold << message
        << kReset << suffix << "\n";
  else
    out << position(loc) << ": " << severity << ": " << message << suffix << "\n";
  if (!options.excerpts)
    return;
  if (const std::string *text = sources.line(loc.file, loc.line)) {
    out << "  " << printable(*text) << "\n";
    if (loc.column)
      out << "  " << caretPad(*text, loc.column) << (options.color ? "\033[1;32m^\033[0m" : "^") << "\n";
  }
}

} // namespace

void writeText(std::ostream &out, const std::vector<Finding> &findings, const TextOptions &options) {
  SourceLines sources;
  for (const auto &f : findings) {
    writeLine(out, f.loc, severityName(f.severity), f.message, " [" + f.rule + " " + f.name + "]", options, sources);
    for (const auto &n : f.notes)
      writeLine(out, n.loc, "note", n.message, "", options, sources);
  }
}

} // namespace tl::report
