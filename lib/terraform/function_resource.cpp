#include "terraform/resource_types.h"
#include "terraform/resources.h"
#include "terraform/values.h"

#include <filesystem>

namespace tl::terraform {
namespace {

// `source_dir` of an archive_file, as a path: relative paths and `${path.module}` are the
// module's directory (Terraform runs archive_file from the root module's directory, which for
// a root module is the same; a child module writes path.module, as the provider's docs advise).
std::string directoryOf(const SourceFile &file, const hcl::Expression &e) {
  const std::filesystem::path moduleDir = std::filesystem::path(file.path).parent_path();
  std::string text;
  if (const std::string *literal = hcl::literalValue(e)) {
    text = *literal;
  } else if (e.kind == hcl::Expression::Kind::Template) {
    for (const hcl::TemplatePart &part : e.parts) {
      if (part.kind == hcl::TemplatePart::Kind::Text) {
        text += part.text;
      } else if (part.expression && part.expression->kind == hcl::Expression::Kind::Traversal &&
                 part.expression->root == "path" && part.expression->steps.size() == 1 &&
                 (part.expression->steps[0].key == "module" || part.expression->steps[0].key == "root")) {
        text += moduleDir.empty() ? "." : moduleDir.string();
      } else {
        return {};
      }
    }
    return std::filesystem::path(text).lexically_normal().string();
  } else {
    return {};
  }
  std::filesystem::path p(text);
  if (p.is_relative())
    p = moduleDir / p;
  return p.lexically_normal().string();
}

// `filename = data.archive_file.NAME.output_path`: the archive's source_dir holds the code.
std::string codeDirectory(const ModuleIndex &index, const Resource &fn) {
  const hcl::Attribute *filename = fn.attribute("filename");
  const hcl::Expression *e = filename ? filename->value.get() : nullptr;
  if (e && e->kind == hcl::Expression::Kind::Template && e->parts.size() == 1 && e->parts[0].expression)
    e = e->parts[0].expression.get();
  if (!e || e->kind != hcl::Expression::Kind::Traversal || e->root != "data" || e->steps.size() < 2 ||
      e->steps[0].key != "archive_file")
    return {};
  const Resource *archive = index.resource("archive_file", e->steps[1].key, true);
  const hcl::Attribute *source = archive ? archive->attribute("source_dir") : nullptr;
  std::string dir = source ? directoryOf(*archive->file, *source->value) : std::string();
  while (dir.size() > 1 && dir.back() == '/')
    dir.pop_back();
  return dir;
}

model::Candidates valueOf(const ModuleIndex &index, const Resource &r, std::string_view attribute) {
  const hcl::Attribute *a = r.attribute(attribute);
  return a ? resolveCandidates(index, *r.file, a->value.get()) : model::Candidates{};
}

} // namespace

void addFunction(const ModuleIndex &index, const Resource &r, model::Model &model) {
  model::Function fn;
  identify(index, r, fn);
  fn.type = std::string(r.type);
  const hcl::Attribute *name = r.attribute("function_name");
  fn.name = knownText(index, *r.file, name ? name->value.get() : nullptr);
  fn.timeout = valueOf(index, r, "timeout");
  if (fn.timeout.empty()) {
    model::Candidate c;
    c.value = InternedText(kDefaultFunctionTimeout);
    c.loc = fn.loc;
    c.origin = model::Origin::ServiceDefault;
    fn.timeout.push_back(std::move(c));
  }
  fn.reservedConcurrency = valueOf(index, r, "reserved_concurrent_executions");
  fn.runtime = valueOf(index, r, "runtime");
  fn.codeDir = codeDirectory(index, r);
  model.functions.push_back(std::move(fn));
}

} // namespace tl::terraform
