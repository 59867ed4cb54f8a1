#include "join_keys.h"

#include "cfn/targets.h"
#include "model/declaration_scope.h"

namespace tl {
namespace {

bool hasPlaceholder(const std::string &name) { return name.find("${") != std::string::npos; }

void addExportKey(const std::string &name, JoinKeys &out) {
  out.anyExport = true;
  if (hasPlaceholder(name))
    out.wildcardExport = true;
  else
    out.keys.push_back("export:" + name);
}

// A literal names a function by its name, as stack joins (cfn::functionRefOf) and the invoke
// permission rule (any FunctionName form, with and without its qualifier) read it.
void addLiteralKeys(const std::string &literal, cfn::TargetSlot slot, JoinKeys &out) {
  out.keys.push_back("function:" + literal);
  if (std::optional<model::FunctionArn> ref = cfn::functionRefOf(literal, slot)) {
    out.keys.push_back("function:" + std::string(ref->name));
    out.keys.push_back("function:" + ref->displayName());
  } else if (std::optional<model::FunctionArn> arn = model::FunctionArn::parseFunctionName(literal)) {
    out.keys.push_back("function:" + std::string(arn->name));
    out.keys.push_back("function:" + arn->displayName());
  }
}

void addTargetKeys(const model::Target &target, cfn::TargetSlot slot, JoinKeys &out) {
  if (!target.importName.empty())
    addExportKey(target.importName, out);
  if (target.form == model::Target::Form::Literal)
    addLiteralKeys(target.literal, slot, out);
}

// Terraform reads a directory's `.tf` files as one module: its files share one model.
void addScopeKey(const FilePath &file, JoinKeys &out) {
  if (model::isTerraformFile(file))
    out.keys.push_back("module:" + std::string(model::declarationScope(file)));
}

} // namespace

JoinKeys joinKeysOf(const model::Model &fragment, bool cppSource) {
  JoinKeys out;
  out.cppSource = cppSource;
  out.dump = !fragment.policiesRead.empty() || !fragment.failedCalls.empty() || !fragment.dumpedConcurrency.empty();
  for (const model::UserPool &pool : fragment.pools) {
    out.dump |= pool.logicalId.empty();
    out.declares = true;
    out.poolTriggers |= !pool.triggers.empty();
    addScopeKey(pool.file, out);
    for (const model::TriggerBinding &binding : pool.triggers)
      for (const model::Target &target : binding.targets)
        addTargetKeys(target, cfn::TargetSlot::Arn, out);
  }
  for (const model::Function &fn : fragment.functions) {
    out.dump |= fn.logicalId.empty();
    out.declares = true;
    out.hasCode |= !fn.codeDir.empty();
    addScopeKey(fn.file, out);
    if (!fn.name.empty())
      out.keys.push_back("function:" + fn.name);
  }
  for (const model::Permission &permission : fragment.permissions) {
    out.dump |= permission.dumped;
    out.declares = true;
    addScopeKey(permission.file, out);
    for (const model::Target &target : permission.function) {
      addTargetKeys(target, cfn::TargetSlot::FunctionName, out);
      out.anyFunctionPermission |= target.function.empty() &&
                                   (target.form == model::Target::Form::Unknown || target.partial);
    }
  }
  for (const model::Export &e : fragment.exports)
    addExportKey(e.name, out);
  return out;
}

} // namespace tl
