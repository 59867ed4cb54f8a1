#include "input/loader.h"

#include "awsjson/dump_files.h"
#include "awsjson/dump_frontend.h"
#include "cfn/template_frontend.h"
#include "document/node.h"
#include "input/content_markers.h"
#include "input/file_reader.h"
#include "input/suppression_scanner.h"
#include "input/text_encoding.h"
#include "model/declaration_scope.h"
#include "terraform/module_frontend.h"
#include "terraform/plan_frontend.h"

namespace tl::input {
namespace {

// JSON is chosen by its first significant character; everything else goes to the YAML reader
// (which also reads most JSON, but with worse messages for JSON mistakes).
bool looksLikeJson(const std::string &text) {
  size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
    i = 3;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
    ++i;
  return i < text.size() && (text[i] == '{' || text[i] == '[');
}

// A file that cannot be read as a document is only reported when it is ours: a template (even a
// README.rst named by a glob that quotes one), or a file with a YAML/JSON extension that the user
// named or that looks like an AWS CLI dump. A broken file found by walking a directory is
// otherwise unrelated YAML and JSON (CI configs, Helm charts, package.json), not reported.
bool meantForUs(const InputFile &file, const std::string &text) {
  return mentionsTemplateMarkers(text) || (hasInputExtension(file.path) && (file.named || mentionsDumpMarkers(text)));
}

void addProblem(model::Model &model, const std::string &path, uint32_t line, uint32_t column, std::string message,
                bool unreadable = false) {
  model.problems.push_back({Location{path, line, column}, std::move(message), unreadable});
}

void copyDuplicates(const doc::Document &doc, model::Model &model) {
  for (const auto &d : doc.duplicates)
    model.duplicates.push_back({Location{doc.path, d.first->line, d.first->column},
                                Location{doc.path, d.second->line, d.second->column}, std::string(d.second->value),
                                d.path});
}

} // namespace

LoadOutcome loadInput(const InputFile &file, model::Model &model) {
  if (!file.walkProblem.empty()) {
    addProblem(model, file.path, 0, 0, file.walkProblem, true);
    return {LoadOutcome::Kind::Problem, file.walkProblem};
  }
  FileContent content = readFile(file.path);
  if (!content.ok) {
    addProblem(model, file.path, 0, 0, "cannot read file: " + content.error, true);
    return {LoadOutcome::Kind::Problem, content.error};
  }
  // Wide encodings are full of NUL bytes, so they are told apart before binary content.
  if (auto encoding = detectWideEncoding(content.text)) {
    if (!file.named && !meantForUs(file, asciiOf(content.text, *encoding)))
      return {LoadOutcome::Kind::Skipped, std::string(encoding->name) + " text"};
    std::string message = unsupportedEncodingMessage(*encoding);
    addProblem(model, file.path, 1, 1, message);
    return {LoadOutcome::Kind::Problem, message};
  }
  if (looksBinary(content.text)) {
    if (!file.named)
      return {LoadOutcome::Kind::Skipped, "binary file"};
    addProblem(model, file.path, 1, 1, "binary content: not a YAML or JSON document");
    return {LoadOutcome::Kind::Problem, "binary"};
  }

  if (model::isTerraformFile(file.path)) {
    if (!file.path.ends_with(".json")) // JSON has no comments
      scanHclSuppressions(file.path, content.text, model.suppressions);
    terraform::loadModuleFile(file.path, std::move(content.text), model);
    return {LoadOutcome::Kind::Loaded, {}};
  }

  doc::Document doc;
  doc.path = file.path;
  doc.text = std::move(content.text);
  const bool json = looksLikeJson(doc.text);
  if (json)
    doc::readJson(doc);
  else
    doc::readYaml(doc);

  if (!doc.problems.empty()) {
    if (!meantForUs(file, doc.text))
      return {LoadOutcome::Kind::Skipped, "not a YAML or JSON document"};
    const auto &p = doc.problems.front();
    addProblem(model, file.path, p.line, p.column, p.message);
    return {LoadOutcome::Kind::Problem, p.message};
  }
  if (!doc.root)
    return {LoadOutcome::Kind::Skipped, "empty document"};
  if (cfn::isTemplate(*doc.root)) {
    copyDuplicates(doc, model);
    scanSuppressions(doc, model.suppressions);
    // The tree holds its own copies of every text, and the model is built next: without the
    // file's bytes the peak (tree and model together) is one byte per input byte lower.
    std::string().swap(doc.text);
    cfn::loadTemplate(doc, model);
    return {LoadOutcome::Kind::Loaded, {}};
  }
  if (terraform::isPlanOrState(*doc.root)) {
    copyDuplicates(doc, model);
    terraform::loadPlan(doc, *doc.root, model);
    return {LoadOutcome::Kind::Loaded, {}};
  }
  if (awsjson::isDump(doc)) {
    copyDuplicates(doc, model);
    awsjson::loadDump(doc, model);
    return {LoadOutcome::Kind::Loaded, {}};
  }
  return {LoadOutcome::Kind::Skipped, "not a CloudFormation/SAM template, AWS CLI output or Terraform plan"};
}

} // namespace tl::input
