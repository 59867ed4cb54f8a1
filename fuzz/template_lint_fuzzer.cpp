// libFuzzer target for the whole template path: read, classify, load into the model, run every
// rule. Anything that crashes, hangs or trips a sanitizer here would do so on a pull request.
#include "cfn/stack_join.h"
#include "cfn/template_frontend.h"
#include "document/node.h"
#include "engine/engine.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::doc::ReadLimits limits;
  limits.maxNodes = 100000;
  tl::doc::Document doc;
  doc.path = "fuzz.yaml";
  doc.text.assign(reinterpret_cast<const char *>(data), size);
  if (!doc.text.empty() && (doc.text[0] == '{' || doc.text[0] == '['))
    tl::doc::readJson(doc, limits);
  else
    tl::doc::readYaml(doc, limits);
  if (!doc.problems.empty() || !doc.root || !tl::cfn::isTemplate(*doc.root))
    return 0;
  tl::model::Model model;
  tl::cfn::loadTemplate(doc, model);
  tl::cfn::joinStacks(model); // its own exports are never joined to itself, but the code runs
  tl::runRules(model, tl::RuleSelection{});
  return 0;
}
