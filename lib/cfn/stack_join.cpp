#include "cfn/stack_join.h"

#include "cfn/intrinsics.h"
#include "cfn/placeholder_match.h"
#include "cfn/targets.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::cfn {

void collectExports(const TemplateIndex &tmpl, model::Model &model) {
  const doc::Node *outputs = tmpl.document().root->find("Outputs");
  if (!outputs || !outputs->isMapping())
    return;
  for (const doc::MapEntry &e : outputs->entries()) {
    if (!e.value->isMapping())
      continue;
    const doc::Node *exportNode = e.value->find("Export");
    const doc::Node *name = exportNode && exportNode->isMapping() ? exportNode->find("Name") : nullptr;
    const doc::Node *value = e.value->find("Value");
    if (!name || !value)
      continue;
    auto text = resolveText(tmpl, *name);
    if (!text || text->text.empty())
      continue;
    model::Export out;
    out.file = tmpl.path();
    out.name = std::move(text->text);
    out.loc = tmpl.at(*name);
    const doc::Node *condition = e.value->find("Condition");
    resolveTargets(tmpl, value, TargetSlot::Arn,
                   condition && condition->isScalar() ? std::string(condition->value) : std::string(), out.value);
    model.exports.push_back(std::move(out));
  }
}

namespace {

// The function an export's Value names, when all its branches name the same one.
const model::Target *exportedFunction(const model::Export &e) {
  const model::Target *found = nullptr;
  for (const model::Target &t : e.value) {
    if (t.function.empty() || (found && (found->function != t.function || found->qualifier != t.qualifier)))
      return nullptr;
    found = &t;
  }
  return found;
}

struct Exports {
  static constexpr size_t kComparisonBudget = 1'000'000;
  mutable size_t comparisons = 0;
  std::unordered_map<std::string, std::vector<const model::Export *>> exact;
  std::vector<const model::Export *> withPlaceholders; // "${AWS::StackName}-SignUpArn"

  explicit Exports(const model::Model &model) {
    for (const model::Export &e : model.exports)
      (e.name.find("${") == std::string::npos ? exact[e.name] : withPlaceholders).push_back(&e);
  }

  /// The one export in another file that `importName` can mean: an exact name first, else the
  /// only name that matches once placeholders on either side are filled in.
  const model::Export *find(const std::string &importName, const std::string &file) const {
    const model::Export *only = nullptr;
    auto consider = [&](const model::Export *e, bool &ambiguous) {
      if (e->file == file)
        return;
      ambiguous |= only != nullptr && only != e;
      only = e;
    };
    bool ambiguous = false;
    if (importName.find("${") == std::string::npos)
      if (auto it = exact.find(importName); it != exact.end())
        for (const model::Export *e : it->second)
          consider(e, ambiguous);
    if (only)
      return ambiguous ? nullptr : only;
    // Placeholder matching compares every export; a hostile input set must not make it quadratic.
    if ((comparisons += exact.size() + withPlaceholders.size()) > kComparisonBudget)
      return nullptr;
    for (const auto &[name, list] : exact)
      if (matchesPlaceholders(importName, name))
        for (const model::Export *e : list)
          consider(e, ambiguous);
    for (const model::Export *e : withPlaceholders)
      if (matchesPlaceholders(e->name, importName) || matchesPlaceholders(importName, e->name))
        consider(e, ambiguous);
    return ambiguous ? nullptr : only;
  }
};

// Functions by literal FunctionName, for literal ARNs written in another template.
struct NamedFunctions {
  std::unordered_map<std::string, std::vector<const model::Function *>> byName;

  explicit NamedFunctions(const model::Model &model) {
    for (const model::Function &fn : model.functions)
      if (!fn.logicalId.empty() && !fn.name.empty())
        byName[fn.name].push_back(&fn);
  }

  const model::Function *find(const std::string &name, const std::string &file) const {
    auto it = byName.find(name);
    if (it == byName.end())
      return nullptr;
    const model::Function *only = nullptr;
    for (const model::Function *fn : it->second) {
      if (fn->file == file)
        continue;
      if (only)
        return nullptr; // the same name in two other templates (stages): cannot tell which
      only = fn;
    }
    return only;
  }
};

void join(model::Target &target, TargetSlot slot, const std::string &file, const Exports &exports,
          const NamedFunctions &named) {
  if (!target.function.empty())
    return;
  if (!target.importName.empty()) {
    const model::Export *e = exports.find(target.importName, file);
    if (const model::Target *fn = e ? exportedFunction(*e) : nullptr) {
      target.function = fn->function;
      target.qualifier = fn->qualifier;
      target.exportLoc = e->loc;
    }
    return;
  }
  if (target.form != model::Target::Form::Literal)
    return;
  const std::optional<model::FunctionArn> ref = functionRefOf(target.literal, slot);
  if (!ref || model::hasPlaceholder(ref->name))
    return;
  if (const model::Function *fn = named.find(std::string(ref->name), file)) {
    target.function = fn->key;
    target.qualifier = ref->qualifier;
  }
}

} // namespace

void joinStacks(model::Model &model) {
  const Exports exports(model);
  const NamedFunctions named(model);
  for (model::UserPool &pool : model.pools) {
    if (pool.logicalId.empty())
      continue; // dumps join by ARN (awsjson::joinDumps)
    for (model::TriggerBinding &binding : pool.triggers)
      for (model::Target &target : binding.targets)
        join(target, TargetSlot::Arn, pool.file, exports, named);
  }
  for (model::Permission &permission : model.permissions)
    if (!permission.dumped)
      for (model::Target &target : permission.function)
        join(target, TargetSlot::FunctionName, permission.file, exports, named);
}

} // namespace tl::cfn
