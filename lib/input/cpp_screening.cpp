#include "input/cpp_screening.h"

#include "cpp/handler_text_scan.h"
#include "input/file_reader.h"
#include "input/header_markers.h"
#include "input/suppression_scanner.h"
#include "input/text_encoding.h"

namespace tl::input {

LoadOutcome screenCppInput(const InputFile &file, bool mapped, model::Model &model, bool *plainSource) {
  FileContent content = readFile(file.path);
  if (!content.ok) {
    model.problems.push_back({Location{file.path, 0, 0}, "cannot read file: " + content.error, true});
    return {LoadOutcome::Kind::Problem, content.error};
  }
  if (auto encoding = detectWideEncoding(content.text)) {
    if (!file.named && !mapped && !cpp::mayHoldHandler(asciiOf(content.text, *encoding)))
      return {LoadOutcome::Kind::Skipped, std::string(encoding->name) + " text"};
    std::string message = unsupportedEncodingMessage(*encoding);
    model.problems.push_back({Location{file.path, 1, 1}, message, false});
    return {LoadOutcome::Kind::Problem, message};
  }
  if (looksBinary(content.text)) {
    if (!file.named)
      return {LoadOutcome::Kind::Skipped, "binary file"};
    model.problems.push_back({Location{file.path, 1, 1}, "binary content: not a C++ source", false});
    return {LoadOutcome::Kind::Problem, "binary"};
  }
  if (!mapped && !cpp::mayHoldHandler(content.text) && !includesHandlerHeader(file.path, content.text)) {
    if (plainSource)
      *plainSource = true;
    return {LoadOutcome::Kind::Skipped, "no trigger handler in this C++ source"};
  }
  scanCppSuppressions(file.path, content.text, model.suppressions);
  return {LoadOutcome::Kind::Loaded, {}};
}

void addCppSuppressions(const std::string &path, model::Model &model) {
  FileContent content = readFile(path);
  if (content.ok)
    scanCppSuppressions(path, content.text, model.suppressions);
}

} // namespace tl::input
