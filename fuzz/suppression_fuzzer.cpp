// libFuzzer target for suppressions: `# triggerlint: ignore[...]` comments and Metadata entries in
// a template (loaded and linted, so suppressions meet findings and TL002 runs), and the same bytes
// read as a C++ source's `// triggerlint: ignore[...]` comments. Checks that every suppression
// has a position and covers lines in order.
#include "cfn/template_frontend.h"
#include "engine/engine.h"
#include "fuzz_document.h"
#include "input/suppression_scanner.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::doc::Document doc = tl::fuzz::readFuzzDocument(data, size);
  tl::model::Model model;
  if (doc.problems.empty() && doc.root && tl::cfn::isTemplate(*doc.root)) {
    tl::input::scanSuppressions(doc, model.suppressions);
    tl::cfn::loadTemplate(doc, model);
  }
  tl::input::scanCppSuppressions("fuzz.cpp", doc.text, model.suppressions);
  for (const auto &s : model.suppressions)
    if (s.loc.line == 0 || s.loc.column == 0 || s.firstLine == 0 || s.firstLine > s.lastLine)
      std::abort();
  tl::runRules(model, tl::RuleSelection{});
  return 0;
}
