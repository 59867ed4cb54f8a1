// libFuzzer target for the whole template path: read, classify, load into the model, run every
// rule. Anything that crashes, hangs or trips a sanitizer here would do so on a pull request.
#include "cfn/stack_join.h"
#include "cfn/template_frontend.h"
#include "engine/engine.h"
#include "fuzz_document.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::doc::Document doc = tl::fuzz::readFuzzDocument(data, size);
  if (!doc.problems.empty() || !doc.root || !tl::cfn::isTemplate(*doc.root))
    return 0;
  tl::model::Model model;
  tl::cfn::loadTemplate(doc, model);
  tl::cfn::joinStacks(model); // its own exports are never joined to itself, but the code runs
  tl::runRules(model, tl::RuleSelection{});
  return 0;
}
