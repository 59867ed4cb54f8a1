#include "cfn/template_index.h"

#include "cfn/placeholder_match.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace tl::cfn {
namespace {

ResourceKind kindOf(std::string_view type) {
  if (type == "AWS::Cognito::UserPool")
    return ResourceKind::UserPool;
  if (type == "AWS::Cognito::UserPoolRegionalConfigurationAttachment")
    return ResourceKind::ReplicaConfig;
  if (type == "AWS::Lambda::Function")
    return ResourceKind::LambdaFunction;
  if (type == "AWS::Serverless::Function")
    return ResourceKind::ServerlessFunction;
  if (type == "AWS::Lambda::Alias")
    return ResourceKind::LambdaAlias;
  if (type == "AWS::Lambda::Version")
    return ResourceKind::LambdaVersion;
  if (type == "AWS::Lambda::Permission")
    return ResourceKind::LambdaPermission;
  return ResourceKind::Other;
}

const doc::Node *mappingOrNull(const doc::Node *node) { return node && node->isMapping() ? node : nullptr; }

// A plain scalar (no intrinsic tag): the only form a literal name can take.
bool isPlainScalar(const doc::Node *node) { return node && node->isScalar() && node->tag.empty(); }

bool isLoopKey(std::string_view key) { return key.rfind("Fn::ForEach::", 0) == 0; }

} // namespace

const doc::Node *Resource::property(std::string_view name) const {
  return properties ? properties->find(name) : nullptr;
}

TemplateIndex::TemplateIndex(const doc::Document &doc, std::vector<model::InputProblem> &problems)
    : doc_(doc), file_(doc.path), problems_(problems) {
  directory_ = std::filesystem::path(doc.path).parent_path().string();
  const doc::Node &root = *doc.root;
  if (const doc::Node *parameters = mappingOrNull(root.find("Parameters")))
    indexParameters(*parameters);
  mappings_ = mappingOrNull(root.find("Mappings"));
  if (const doc::Node *globals = mappingOrNull(root.find("Globals")))
    globalsFunction_ = mappingOrNull(globals->find("Function"));

  const doc::MapEntry *resources = root.findEntry("Resources");
  if (!resources)
    return;
  if (!resources->value->isMapping()) {
    // `Resources:` with nothing under it reads as null; CloudFormation rejects both.
    addProblem(resources->value->isNull() ? *resources->key : *resources->value,
               "'Resources' must be a mapping of logical ids to resources");
    return;
  }
  indexResources(*resources->value);
  indexFunctionNames();
}

void TemplateIndex::indexParameters(const doc::Node &parameters) {
  parameters_.reserve(parameters.entries().size());
  for (const doc::MapEntry &e : parameters.entries())
    if (e.key->isScalar())
      parameters_[e.key->value] = e.value; // last duplicate wins, as in CloudFormation
}

void TemplateIndex::indexResources(const doc::Node &resourcesNode) {
  resources_.reserve(resourcesNode.entries().size());
  std::unordered_map<std::string_view, size_t> positions; // while reading only
  positions.reserve(resourcesNode.entries().size());
  for (const doc::MapEntry &e : resourcesNode.entries()) {
    if (!e.key->isScalar())
      continue;
    if (isLoopKey(e.key->value)) {
      indexLoop(*e.value);
      continue;
    }
    if (!e.value->isMapping()) {
      addProblem(*e.value, "resource '" + std::string(e.key->value) + "' must be a mapping with a 'Type'");
      continue;
    }
    const doc::Node *type = e.value->find("Type");
    if (!type) {
      addProblem(*e.key, "resource '" + std::string(e.key->value) + "' has no 'Type'");
      continue;
    }
    if (!isPlainScalar(type) || type->value.empty()) {
      addProblem(*type, "the 'Type' of resource '" + std::string(e.key->value) + "' must be a string");
      continue;
    }
    Resource r;
    r.id = e.key->value;
    r.idNode = e.key;
    r.body = e.value;
    r.properties = mappingOrNull(e.value->find("Properties"));
    r.type = type->value;
    r.kind = kindOf(r.type);
    if (const doc::Node *condition = e.value->find("Condition"); isPlainScalar(condition))
      r.condition = condition->value;
    // A duplicated logical id: CloudFormation keeps the last one, so it replaces the first.
    auto [it, inserted] = positions.try_emplace(r.id, resources_.size());
    if (inserted)
      resources_.push_back(r);
    else
      resources_[it->second] = r;
  }
  // A sorted list of positions is what stays: a large template has tens of thousands of resources,
  // and a hash map kept 40 bytes per resource at the moment the model is largest.
  byId_.resize(resources_.size());
  for (uint32_t i = 0; i < byId_.size(); ++i)
    byId_[i] = i;
  std::sort(byId_.begin(), byId_.end(), [&](uint32_t x, uint32_t y) { return resources_[x].id < resources_[y].id; });
}

// `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Resource, ...}]`; an output key may
// itself be a nested loop. A malformed loop is AWS::LanguageExtensions' to reject.
void TemplateIndex::indexLoop(const doc::Node &loop) {
  if (!loop.isSequence() || loop.items().size() != 3 || !loop.items()[2]->isMapping())
    return;
  for (const doc::MapEntry &e : loop.items()[2]->entries()) {
    if (!e.key->isScalar())
      continue;
    if (isLoopKey(e.key->value))
      indexLoop(*e.value);
    else
      generatedIds_.push_back(e.key->value);
  }
}

bool TemplateIndex::mayBeGenerated(std::string_view id) const {
  // Real templates have a few loops; thousands of output keys matched against thousands of names
  // would make a hostile template slow, so past that everything unresolved may be generated.
  if (generatedIds_.size() > 256)
    return true;
  for (std::string_view pattern : generatedIds_)
    if (matchesPlaceholders(pattern, id))
      return true;
  return false;
}

// Literal function names let `arn:...:function:my-name` and Permission `FunctionName: my-name`
// find the function resource that creates that name.
void TemplateIndex::indexFunctionNames() {
  for (const Resource &r : resources_) {
    if (!r.isFunction())
      continue;
    const doc::Node *name = r.property("FunctionName");
    if (isPlainScalar(name) && !name->value.empty())
      functionByName_.try_emplace(name->value, r.id);
  }
}

const Resource *TemplateIndex::resource(std::string_view id) const {
  auto it = std::lower_bound(byId_.begin(), byId_.end(), id,
                             [&](uint32_t i, std::string_view wanted) { return resources_[i].id < wanted; });
  return it != byId_.end() && resources_[*it].id == id ? &resources_[*it] : nullptr;
}

std::string TemplateIndex::keyOf(std::string_view id) const { return model::resourceKey(doc_.path, id); }

std::string_view TemplateIndex::functionNamed(std::string_view name) const {
  auto it = functionByName_.find(name);
  return it == functionByName_.end() ? std::string_view() : it->second;
}

const doc::Node *TemplateIndex::parameter(std::string_view name) const {
  auto it = parameters_.find(name);
  return it == parameters_.end() ? nullptr : it->second;
}

const doc::Node *TemplateIndex::mapping(std::string_view name) const {
  return mappings_ ? mappingOrNull(mappings_->find(name)) : nullptr;
}

void TemplateIndex::addProblem(const doc::Node &node, std::string message) const {
  problems_.push_back({at(node), std::move(message), false});
}

bool isPseudoParameter(std::string_view name) {
  // Logical ids are alphanumeric, so every "AWS::" name is a pseudo parameter
  // (AWS::Region, AWS::AccountId, AWS::Partition, AWS::StackName, AWS::URLSuffix, ...).
  return name.starts_with("AWS::");
}

} // namespace tl::cfn
