#include "awsjson/dump_files.h"

#include <array>
#include <vector>

namespace tl::awsjson {
namespace {

constexpr std::array<std::string_view, 5> kOperations = {"list-user-pools", "describe-user-pool",
                                                         "get-function-configuration", "get-policy",
                                                         "get-function-concurrency"};

bool portable(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '$';
}

void appendPart(std::string &out, std::string_view part) {
  out += '.';
  for (char c : part)
    out += portable(c) ? c : '_';
}

} // namespace

std::string dumpFileName(std::string_view operation, std::string_view subject, std::string_view qualifier,
                         bool error) {
  std::string out(operation);
  if (!subject.empty())
    appendPart(out, subject);
  if (!qualifier.empty())
    appendPart(out, qualifier);
  out += error ? ".error.json" : ".json";
  return out;
}

bool isNoPolicyAnswer(std::string_view operation, std::string_view errorCode, std::string_view message) {
  return operation == "get-policy" && errorCode == "ResourceNotFoundException" &&
         message.find("Function not found") == std::string_view::npos;
}

DumpFileName parseDumpFileName(std::string_view basename) {
  DumpFileName out;
  std::string_view rest = basename;
  if (rest.size() > 11 && rest.substr(rest.size() - 11) == ".error.json") {
    out.error = true;
    rest.remove_suffix(11);
  } else if (rest.size() > 5 && rest.substr(rest.size() - 5) == ".json") {
    rest.remove_suffix(5);
  } else {
    return out;
  }
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t dot = rest.find('.', start);
    parts.push_back(rest.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos)
      break;
    start = dot + 1;
  }
  bool known = false;
  for (std::string_view op : kOperations)
    known = known || parts[0] == op;
  if (!known || parts.size() > 3)
    return out;
  for (size_t i = 1; i < parts.size(); ++i)
    if (parts[i].empty())
      return out;
  const bool needsSubject = parts[0] != "list-user-pools";
  if (needsSubject != (parts.size() >= 2) || (parts[0] != "get-function-configuration" && parts[0] != "get-policy" &&
                                              parts.size() == 3))
    return out;
  out.ok = true;
  out.operation = std::string(parts[0]);
  if (parts.size() >= 2)
    out.subject = std::string(parts[1]);
  if (parts.size() == 3)
    out.qualifier = std::string(parts[2]);
  return out;
}

} // namespace tl::awsjson
