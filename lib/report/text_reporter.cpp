#include "report/text_reporter.h"

#include "input/file_reader.h"

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
  std::string out = loc.file;
  if (loc.line) {
    out += ":" + std::to_string(loc.line);
    if (loc.column)
      out += ":" + std::to_string(loc.column);
  }
  return out;
}

void writeLine(std::ostream &out, const Location &loc, std::string_view severity, const std::string &message,
               const std::string &suffix, const TextOptions &options, SourceLines &sources) {
  if (options.color)
    out << kBold << position(loc) << ": " << colorOf(severity) << severity << ": " << kReset << kBold << message
        << kReset << suffix << "\n";
  else
    out << position(loc) << ": " << severity << ": " << message << suffix << "\n";
  if (!options.excerpts)
    return;
  if (const std::string *text = sources.line(loc.file, loc.line)) {
    out << "  " << *text << "\n";
    if (loc.column) {
      std::string pad;
      for (size_t i = 0; i + 1 < loc.column && i < text->size(); ++i)
        pad += (*text)[i] == '\t' ? '\t' : ' ';
      out << "  " << pad << (options.color ? "\033[1;32m^\033[0m" : "^") << "\n";
    }
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
