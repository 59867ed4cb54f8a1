#include "terraform/plan_index.h"

#include "terraform/resource_types.h"

namespace tl::terraform {
namespace {

// "module.a[0].module.b[\"k\"]" -> "module.a.module.b": every instance of a module has the
// configuration of its call.
std::string withoutInstanceKeys(std::string_view address) {
  std::string out;
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < address.size(); ++i) {
    const char c = address[i];
    if (depth > 0) {
      if (quoted && c == '\\')
        ++i;
      else if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == ']')
        --depth;
      continue;
    }
    if (c == '[')
      ++depth;
    else
      out += c;
  }
  return out;
}

// The key byResource_ holds a resource's instances under.
std::string resourceSlot(std::string_view modulePath, std::string_view type, std::string_view name) {
  std::string key(modulePath);
  return key.append(" ").append(type).append(".").append(name);
}

const doc::Node *configResource(const doc::Node *module, std::string_view type, std::string_view name) {
  const doc::Node *resources = member(module, "resources");
  if (!resources)
    return nullptr;
  for (const doc::Node *r : resources->items())
    if (scalarText(member(r, "type")) == type && scalarText(member(r, "name")) == name &&
        scalarText(member(r, "mode")) != "data")
      return member(r, "expressions");
  return nullptr;
}

} // namespace

std::string_view parentModulePath(std::string_view modulePath) {
  const size_t last = modulePath.rfind(".module.");
  return last == std::string_view::npos ? std::string_view() : modulePath.substr(0, last);
}

std::string childModulePath(std::string_view modulePath, std::string_view call) {
  std::string out(modulePath);
  if (!out.empty())
    out += ".";
  return out.append("module.").append(call);
}

const doc::Node *member(const doc::Node *node, std::string_view key) {
  return node && node->isMapping() ? node->find(key) : nullptr;
}

const doc::Node *firstBlock(const doc::Node *node) {
  if (!node || !node->isSequence())
    return node;
  return node->items().empty() ? nullptr : node->items().front();
}

bool isTrue(const doc::Node *node) { return node && node->isScalar() && !node->quoted && node->value == "true"; }

std::string_view scalarText(const doc::Node *node) {
  return node && node->isScalar() ? node->value : std::string_view();
}

PlanIndex::PlanIndex(const doc::Document &doc, const doc::Node &root) : doc_(doc), root_(root) {
  if (const doc::Node *changes = member(&root, "resource_changes"); changes)
    for (const doc::Node *change : changes->items())
      if (const doc::Node *unknown = member(member(change, "change"), "after_unknown"); unknown && unknown->isMapping())
        unknownByAddress_.emplace(std::string(scalarText(member(change, "address"))), unknown);
  // A plan's resolved view is planned_values; state's is values.
  const doc::Node *view = member(&root, "planned_values");
  if (!view)
    view = member(&root, "values");
  if (const doc::Node *module = member(view, "root_module"))
    addModule(*module, "");
  for (size_t i = 0; i < instances_.size(); ++i)
    byResource_[resourceSlot(instances_[i].modulePath, instances_[i].type, instances_[i].name)].push_back(i);
}

void PlanIndex::addModule(const doc::Node &module, const std::string &modulePath) {
  if (const doc::Node *resources = member(&module, "resources"))
    for (const doc::Node *r : resources->items()) {
      if (!r->isMapping() || scalarText(member(r, "mode")) == "data")
        continue;
      PlanInstance instance;
      instance.address = std::string(scalarText(member(r, "address")));
      instance.modulePath = modulePath;
      instance.type = scalarText(member(r, "type"));
      instance.name = scalarText(member(r, "name"));
      instance.object = r;
      instance.values = member(r, "values");
      if (auto it = unknownByAddress_.find(instance.address); it != unknownByAddress_.end())
        instance.unknown = it->second;
      instance.config = configResource(moduleConfig(modulePath), instance.type, instance.name);
      if (!instance.address.empty() && !instance.type.empty())
        instances_.push_back(std::move(instance));
    }
  if (const doc::Node *children = member(&module, "child_modules"))
    for (const doc::Node *child : children->items())
      if (child->isMapping())
        addModule(*child, withoutInstanceKeys(scalarText(member(child, "address"))));
}

Location PlanIndex::at(const doc::Node *node) const {
  return node ? Location{doc_.path, node->line, node->column} : Location{doc_.path, 0, 0};
}

std::vector<const PlanInstance *> PlanIndex::instancesOf(std::string_view modulePath, std::string_view type,
                                                         std::string_view name) const {
  std::vector<const PlanInstance *> out;
  if (auto it = byResource_.find(resourceSlot(modulePath, type, name)); it != byResource_.end())
    for (size_t i : it->second)
      out.push_back(&instances_[i]);
  return out;
}

const doc::Node *PlanIndex::moduleConfig(std::string_view modulePath) const {
  if (modulePath.empty())
    return member(member(&root_, "configuration"), "root_module");
  return member(moduleCall(modulePath), "module");
}

const doc::Node *PlanIndex::moduleCall(std::string_view modulePath) const {
  const size_t last = modulePath.rfind("module.");
  if (last == std::string_view::npos)
    return nullptr;
  return member(member(moduleConfig(parentModulePath(modulePath)), "module_calls"), modulePath.substr(last + 7));
}

const doc::Node *PlanIndex::rootVariable(std::string_view name) const {
  return member(member(member(&root_, "variables"), name), "value");
}

const PlanInstance *PlanIndex::functionNamed(std::string_view name) const {
  if (name.empty())
    return nullptr;
  for (const PlanInstance &i : instances_)
    if (i.type == kFunction && scalarText(member(i.values, "function_name")) == name)
      return &i;
  return nullptr;
}

} // namespace tl::terraform
