// AWS::Lambda::Function and AWS::Serverless::Function: identity and the effective values of
// the properties trigger rules need, each with where it came from.
#include "cfn/intrinsics.h"
#include "cfn/resources.h"
#include "cfn/sam_globals.h"

#include <filesystem>
#include <optional>

namespace tl::cfn {
namespace {

/// How one property of a function gets its effective value.
struct PropertySpec {
  std::string_view name;
  std::optional<std::string_view> serviceDefault; // Lambda's value when nothing is written
};

model::Candidate serviceDefault(std::string_view value, const Location &functionLoc, std::string condition) {
  model::Candidate c;
  c.value = std::string(value);
  c.loc = functionLoc;
  c.origin = model::Origin::ServiceDefault;
  c.condition = model::Condition(condition);
  return c;
}

// Where `AWS::NoValue` (or nothing) leaves the property unset, the service default applies.
void addDefaults(const PropertySpec &spec, const Location &functionLoc, const Resolution &resolved,
                 model::Candidates &out) {
  if (!spec.serviceDefault)
    return;
  for (const std::string &condition : resolved.absentWhen)
    out.push_back(serviceDefault(*spec.serviceDefault, functionLoc, condition));
}

// A value inherited from Globals is reported at the function (whose value it is) and names the
// Globals entry as its origin; a parameter default or mapping inside Globals stays the origin.
void markInherited(model::Candidate &c, std::string_view property, const Location &functionLoc) {
  if (c.origin == model::Origin::Literal) {
    c.origin = model::Origin::Globals;
    c.originLoc = c.loc;
    c.originName = "Globals.Function." + std::string(property);
  }
  c.loc = functionLoc;
}

model::Candidates effectiveValue(const TemplateIndex &tmpl, const Resource &r, const PropertySpec &spec) {
  const Location functionLoc = tmpl.at(*r.idNode);
  model::Candidates out;
  // SAM merges Globals before intrinsics run: a resource value replaces the global even when
  // it resolves to AWS::NoValue, so the service default (not Globals) fills that branch.
  if (const doc::Node *own = r.property(spec.name)) {
    Resolution resolved = resolveValue(tmpl, own);
    out = std::move(resolved.candidates);
    addDefaults(spec, functionLoc, resolved, out);
    return out;
  }
  if (const doc::Node *global = inheritedGlobal(tmpl, r, spec.name)) {
    Resolution resolved = resolveValue(tmpl, global);
    out = std::move(resolved.candidates);
    for (model::Candidate &c : out)
      markInherited(c, spec.name, functionLoc);
    addDefaults(spec, functionLoc, resolved, out);
    return out;
  }
  if (spec.serviceDefault)
    out.push_back(serviceDefault(*spec.serviceDefault, functionLoc, {}));
  return out;
}

// A code location on disk: not S3, not a URL, not an intrinsic.
std::optional<std::string_view> localPath(const doc::Node *node) {
  if (!node || !node->isScalar() || !node->tag.empty() || node->value.empty())
    return std::nullopt;
  std::string_view path = node->value;
  if (path.find("://") != std::string_view::npos)
    return std::nullopt;
  return path;
}

std::string resolveAgainst(const std::string &directory, std::string_view path) {
  std::filesystem::path p(path);
  if (p.is_relative())
    p = std::filesystem::path(directory) / p;
  std::string out = p.lexically_normal().string();
  if (out.size() > 1 && out.back() == '/')
    out.pop_back();
  if (out.empty())
    out = ".";
  return out;
}

// Where the function's code is: SAM `CodeUri` (also from Globals), a local `Code` path (what
// `sam build` / `aws cloudformation package` accept), CDK's `aws:asset:path` metadata, or SAM's
// `DockerContext` for image functions.
std::optional<std::string_view> codeLocation(const TemplateIndex &tmpl, const Resource &r) {
  if (r.kind == ResourceKind::ServerlessFunction) {
    const doc::Node *codeUri = r.property("CodeUri");
    if (!codeUri)
      codeUri = inheritedGlobal(tmpl, r, "CodeUri");
    if (auto path = localPath(codeUri))
      return path;
  } else if (auto path = localPath(r.property("Code"))) {
    return path;
  }
  const doc::Node *metadata = r.body->find("Metadata");
  if (!metadata || !metadata->isMapping())
    return std::nullopt;
  const doc::Node *assetProperty = metadata->find("aws:asset:property");
  if (assetProperty && assetProperty->isScalar() && assetProperty->value == "Code")
    if (auto path = localPath(metadata->find("aws:asset:path")))
      return path;
  return localPath(metadata->find("DockerContext"));
}

} // namespace

void addFunction(const TemplateIndex &tmpl, const Resource &r, model::Model &model) {
  model::Function f;
  f.key = tmpl.keyOf(r.id);
  f.logicalId = std::string(r.id);
  f.file = tmpl.path();
  f.loc = tmpl.at(*r.idNode);
  f.type = std::string(r.type);
  f.name = literalText(tmpl, r.property("FunctionName"));
  f.condition = model::Condition(r.condition);
  f.timeout = effectiveValue(tmpl, r, {"Timeout", "3"});
  f.reservedConcurrency = effectiveValue(tmpl, r, {"ReservedConcurrentExecutions", std::nullopt});
  f.runtime = effectiveValue(tmpl, r, {"Runtime", std::nullopt});
  if (auto code = codeLocation(tmpl, r))
    f.codeDir = resolveAgainst(tmpl.directory(), *code);
  model.functions.push_back(std::move(f));
}

} // namespace tl::cfn
