#include "terraform/plan_frontend.h"

#include "terraform/lambda_config_schema.h"
#include "terraform/plan_index.h"
#include "terraform/plan_references.h"
#include "terraform/resource_types.h"

namespace tl::terraform {
namespace {

template <typename Fact> void identify(const PlanIndex &index, const PlanInstance &i, Fact &fact) {
  fact.key = planKey(index, i);
  fact.logicalId = i.address;
  fact.file = FilePath(index.document().path);
  fact.loc = index.at(member(i.object, "address"));
  fact.notation = model::Notation::Terraform;
}

// One attribute of an instance, as planned and as configured. `known` is the planned value (absent
// when it is known only after apply), `config` its configuration expression.
struct Attribute {
  const doc::MapEntry *known = nullptr;
  bool unknown = false;
  const doc::MapEntry *config = nullptr;

  const doc::Node *value() const { return known && !known->value->isNull() ? known->value : nullptr; }
  bool configured() const { return config != nullptr; }
};

const doc::MapEntry *entryOf(const doc::Node *object, std::string_view key) {
  return object && object->isMapping() ? object->findEntry(key) : nullptr;
}

// The same block (`lambda_config`, one of its nested blocks) in the planned values, in
// after_unknown and in the configuration.
struct Block {
  const doc::Node *known = nullptr;
  const doc::Node *unknown = nullptr; // the mapping of unknown attributes, or null
  bool wholeUnknown = false;
  const doc::Node *config = nullptr;

  Attribute attribute(std::string_view name) const {
    Attribute a;
    a.known = entryOf(known, name);
    a.unknown = wholeUnknown || isTrue(member(unknown, name));
    a.config = entryOf(config, name);
    return a;
  }
  Block nested(std::string_view name) const {
    Block b;
    b.known = firstBlock(member(known, name));
    const doc::Node *u = member(unknown, name);
    b.wholeUnknown = wholeUnknown || isTrue(u);
    b.unknown = firstBlock(u);
    b.config = firstBlock(member(config, name));
    return b;
  }
  bool present() const { return (known && known->isMapping()) || (config && config->isMapping()); }
};

Block topLevel(const PlanInstance &i) { return Block{i.values, i.unknown, false, i.config}; }

class InstanceReader {
public:
  InstanceReader(const PlanIndex &index, const PlanInstance &instance) : index_(index), instance_(instance) {}

  Location locOf(const Attribute &a) const {
    if (a.known)
      return index_.at(a.known->key);
    if (a.config)
      return index_.at(a.config->key);
    return index_.at(member(instance_.object, "address"));
  }

  // Planned value, or (known only after apply) what its configuration expression names.
  // A planned value the configuration wrote as a resource's attribute is described as that
  // reference (`aws_lambda_function.f.function_name` says more than the name it gives).
  void targets(const Attribute &a, TargetSlot slot, std::vector<model::Target> &out) const {
    if (const doc::Node *v = a.value(); v && v->isScalar()) {
      if (v->value.empty())
        return;
      std::vector<model::Target> written;
      if (a.configured())
        resolvePlanTargets(index_, instance_.modulePath, a.config->value, slot, index_.at(v), written);
      if (written.size() == 1 && written[0].resourceExists && written[0].form != model::Target::Form::Unknown)
        out.push_back(std::move(written[0]));
      else
        out.push_back(knownPlanTarget(index_, v, slot));
    } else if (a.unknown && a.configured()) {
      resolvePlanTargets(index_, instance_.modulePath, a.config->value, slot, index_.at(a.config->key), out);
    }
  }

  // State prints an unset string attribute as "" (so does a plan for some): no value.
  model::Candidates candidates(const Attribute &a) const {
    model::Candidates out;
    if (const doc::Node *v = a.value(); v && v->isScalar()) {
      if (v->value.empty())
        return out;
      model::Candidate c;
      c.value = std::string(v->value);
      c.loc = index_.at(v);
      out.push_back(std::move(c));
    } else if (a.unknown && a.configured()) {
      std::vector<model::Target> targets;
      resolvePlanTargets(index_, instance_.modulePath, a.config->value, TargetSlot::Arn, index_.at(a.config->key),
                         targets);
      for (const model::Target &t : targets) {
        model::Candidate c;
        c.loc = t.loc;
        if (t.form == model::Target::Form::Literal)
          c.value = t.literal;
        else if (t.form == model::Target::Form::Ref) // `.id`: the key id, not its ARN
          c.refType = t.resourceType;
        out.push_back(std::move(c));
      }
    }
    return out;
  }

private:
  const PlanIndex &index_;
  const PlanInstance &instance_;
};

void addPool(const PlanIndex &index, const PlanInstance &i, model::Model &model) {
  model::UserPool pool;
  identify(index, i, pool);
  pool.type = std::string(i.type);
  pool.name = std::string(scalarText(member(i.values, "name")));
  const InstanceReader reader(index, i);
  const Block top = topLevel(i);
  pool.tier = reader.candidates(top.attribute("user_pool_tier"));
  const Block config = top.nested("lambda_config");
  const Attribute configAttribute = top.attribute("lambda_config");
  if (config.present()) {
    pool.hasLambdaConfig = true;
    pool.lambdaConfigLoc = reader.locOf(configAttribute);
  }
  pool.kmsKeyId = reader.candidates(config.attribute("kms_key_id"));
  auto newBinding = [&](std::string_view key, const Location &loc) {
    model::TriggerBinding b;
    b.pool = pool.key;
    b.trigger = std::string(key);
    b.keyLoc = loc;
    return b;
  };
  for (const LambdaConfigEntry &e : stringTriggers()) {
    const Attribute a = config.attribute(e.attribute);
    model::TriggerBinding b = newBinding(e.apiKey, reader.locOf(a));
    b.stringValued = true;
    reader.targets(a, TargetSlot::Arn, b.targets);
    if (!b.targets.empty())
      pool.triggers.push_back(std::move(b));
  }
  for (const LambdaConfigEntry &e : objectTriggers()) {
    const Block object = config.nested(e.attribute);
    // The provider computes the blocks it is not given: only a configured or planned one binds.
    if (!object.present())
      continue;
    model::TriggerBinding b = newBinding(e.apiKey, reader.locOf(config.attribute(e.attribute)));
    b.objectValued = true;
    reader.targets(object.attribute("lambda_arn"), TargetSlot::Arn, b.targets);
    const Attribute version = object.attribute("lambda_version");
    b.lambdaVersionKeyLoc = version.known || version.config ? reader.locOf(version) : b.keyLoc;
    b.lambdaVersion = reader.candidates(version);
    pool.triggers.push_back(std::move(b));
  }
  model.pools.push_back(std::move(pool));
}

void addFunction(const PlanIndex &index, const PlanInstance &i, model::Model &model) {
  model::Function fn;
  identify(index, i, fn);
  fn.type = std::string(i.type);
  fn.name = std::string(scalarText(member(i.values, "function_name")));
  const InstanceReader reader(index, i);
  const Block top = topLevel(i);
  const Attribute timeout = top.attribute("timeout");
  fn.timeout = reader.candidates(timeout);
  // Real plans print the default; hand-trimmed ones (and some state) leave it out.
  if (fn.timeout.empty() && !timeout.unknown) {
    model::Candidate c;
    c.value = InternedText(kDefaultFunctionTimeout);
    c.loc = fn.loc;
    c.origin = model::Origin::ServiceDefault;
    fn.timeout.push_back(std::move(c));
  }
  fn.reservedConcurrency = reader.candidates(top.attribute("reserved_concurrent_executions"));
  fn.runtime = reader.candidates(top.attribute("runtime"));
  model.functions.push_back(std::move(fn));
}

void addPermission(const PlanIndex &index, const PlanInstance &i, model::Model &model) {
  model::Permission p;
  identify(index, i, p);
  const InstanceReader reader(index, i);
  const Block top = topLevel(i);
  reader.targets(top.attribute("function_name"), TargetSlot::FunctionName, p.function);
  // `qualifier` scopes the permission to an alias or version, as a qualified FunctionName does.
  if (std::string_view qualifier = scalarText(top.attribute("qualifier").value()); !qualifier.empty())
    for (model::Target &t : p.function)
      t.qualifier = std::string(qualifier);
  p.principal = reader.candidates(top.attribute("principal"));
  p.action = reader.candidates(top.attribute("action"));
  const Attribute source = top.attribute("source_arn");
  if (source.value() || (source.unknown && source.configured())) {
    p.hasSourceArn = true;
    p.sourceArnLoc = source.value() ? index.at(source.value()) : reader.locOf(source);
    reader.targets(source, TargetSlot::Arn, p.sourceArn);
  }
  const Attribute account = top.attribute("source_account");
  p.hasSourceAccount = account.value() || (account.unknown && account.configured());
  model.permissions.push_back(std::move(p));
}

} // namespace

bool isPlanOrState(const doc::Node &root) {
  return root.isMapping() && member(&root, "format_version") && member(&root, "terraform_version") &&
         (member(&root, "planned_values") || member(&root, "values"));
}

void loadPlan(const doc::Document &doc, const doc::Node &root, model::Model &model) {
  const PlanIndex index(doc, root);
  for (const PlanInstance &i : index.instances()) {
    if (i.type == kUserPool)
      addPool(index, i, model);
    else if (i.type == kFunction)
      addFunction(index, i, model);
    else if (i.type == kPermission)
      addPermission(index, i, model);
  }
}

} // namespace tl::terraform
