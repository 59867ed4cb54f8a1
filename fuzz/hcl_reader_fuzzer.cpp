// libFuzzer target for the HCL native-syntax reader (Terraform's .tf files): any bytes parse
// without crashing, every offset lies inside the input, and the tree is finite; and the
// Terraform frontend turns whatever was read into model facts without crashing.
#include "document/node.h"
#include "hcl/parser.h"
#include "terraform/json_syntax.h"
#include "terraform/module_frontend.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace {

size_t limit = 0;

void check(uint32_t offset) {
  if (offset > limit)
    std::abort();
}

void walk(const tl::hcl::Expression &e, int depth);

void walk(const tl::hcl::Body &body, int depth) {
  if (depth > 10000)
    std::abort();
  for (const auto &a : body.attributes) {
    check(a.offset);
    if (!a.value)
      std::abort();
    walk(*a.value, depth + 1);
  }
  for (const auto &b : body.blocks) {
    check(b.offset);
    check(b.openBrace);
    if (b.labels.size() != b.labelOffsets.size())
      std::abort();
    walk(b.body, depth + 1);
  }
}

void walk(const tl::hcl::Expression &e, int depth) {
  if (depth > 10000)
    std::abort();
  check(e.offset);
  check(e.end);
  for (const auto &step : e.steps)
    check(step.offset);
  for (const auto &part : e.parts) {
    check(part.offset);
    if ((part.kind == tl::hcl::TemplatePart::Kind::Interpolation) != static_cast<bool>(part.expression))
      std::abort();
    if (part.expression)
      walk(*part.expression, depth + 1);
  }
  for (const auto &o : e.operands) {
    if (!o)
      std::abort();
    walk(*o, depth + 1);
  }
  for (const auto &k : e.keys) {
    if (!k)
      std::abort();
    walk(*k, depth + 1);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  limit = size;
  tl::hcl::File file = tl::hcl::parse(text);
  for (const auto &p : file.problems)
    if (p.offset > size || p.message.empty())
      std::abort();
  walk(file.body, 0);

  auto source = std::make_unique<tl::terraform::SourceFile>();
  source->path = "fuzz/main.tf";
  source->text = std::string(text);
  source->syntax = std::move(file);
  const tl::terraform::SourceFile &self = *source;
  tl::terraform::ModuleIndex index;
  index.add(std::move(source));
  tl::model::Model model;
  tl::terraform::addDeclaredFacts(index, self, model);

  // The same bytes as Terraform's JSON syntax (.tf.json).
  tl::doc::Document doc;
  doc.path = "fuzz/main.tf.json";
  doc.text = std::string(text);
  tl::doc::readJson(doc);
  if (doc.problems.empty()) {
    auto json = std::make_unique<tl::terraform::SourceFile>();
    json->path = doc.path;
    json->syntax = tl::terraform::fromJson(doc);
    json->text = std::move(doc.text);
    const tl::terraform::SourceFile &jsonSelf = *json;
    tl::terraform::ModuleIndex jsonIndex;
    jsonIndex.add(std::move(json));
    tl::terraform::addDeclaredFacts(jsonIndex, jsonSelf, model);
  }
  return 0;
}
