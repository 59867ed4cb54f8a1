#pragma once
// The protocol between triggerlint-clang and triggerlint: handler facts as JSON. Both programs
// use these two functions, so the format cannot drift between them.
#include "model/model.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tl::model {

/// What the Clang frontend found in one source file.
struct HandlerFile {
  std::string file;
  std::vector<Handler> handlers;
  std::vector<InputProblem> problems; // TL000: the file does not parse (Clang's first error)
  std::vector<std::string> notes;     // what the frontend did not do as asked (dropped flags)
};

nlohmann::json toJson(const HandlerFile &file);
/// Serialises `doc` (one line unless `indent` >= 0). Bytes that are not UTF-8 (a file name, a
/// Latin-1 string literal) become U+FFFD: nlohmann's default throws, which lost whole batches.
std::string dumpJson(const nlohmann::json &doc, int indent = -1);
/// How the facts and --dump-model spell a payload kind: "event", "literal", "built", "unknown".
const char *payloadKindName(ResponsePayload::Kind kind);
/// Reads one file's facts; throws nlohmann::json::exception on a malformed document.
HandlerFile handlerFileFromJson(const nlohmann::json &j);

} // namespace tl::model
