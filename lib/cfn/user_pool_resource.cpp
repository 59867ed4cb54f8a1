// AWS::Cognito::UserPool: identity, tier, add-ons and every LambdaConfig entry as written; a
// replica's regional configuration attachment: its own LambdaConfig, read the same way.
#include "cfn/conditions.h"
#include "cfn/intrinsic_call.h"
#include "cfn/intrinsics.h"
#include "cfn/resources.h"
#include "cfn/targets.h"

namespace tl::cfn {
namespace {

using model::TriggerBinding;

template <typename T> void append(std::vector<T> &to, std::vector<T> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// A mapping that is data, not an intrinsic call written in long form.
bool isDataMapping(const doc::Node &node) { return node.isMapping() && !asIntrinsic(node); }

// `{LambdaArn, LambdaVersion}` (PreTokenGenerationConfig, custom senders, InboundFederation).
void readObjectValue(const TemplateIndex &tmpl, const doc::Node &object, const std::string &condition,
                     TriggerBinding &b) {
  b.objectValued = true;
  resolveTargets(tmpl, object.find("LambdaArn"), TargetSlot::Arn, condition, b.targets);
  const doc::MapEntry *version = object.findEntry("LambdaVersion");
  if (!b.lambdaVersionKeyLoc.known())
    b.lambdaVersionKeyLoc = tmpl.at(version ? *version->key : object);
  if (version)
    append(b.lambdaVersion, resolveValue(tmpl, version->value, condition).candidates);
}

// One LambdaConfig entry. Its value may itself be an Fn::If; each branch is read on its own and
// labelled. An entry that is absent in every branch (`!Ref AWS::NoValue`) binds nothing.
void addBinding(const TemplateIndex &tmpl, const model::UserPool &pool, const doc::MapEntry &entry,
                const std::string &condition, std::vector<TriggerBinding> &out) {
  TriggerBinding b;
  b.via = TriggerBinding::Via::LambdaConfig;
  b.pool = pool.key;
  b.trigger = entry.key->value;
  b.keyLoc = tmpl.at(*entry.key);
  b.condition = model::Condition(condition);
  bool present = false;
  forEachBranch(entry.value, condition, [&](const doc::Node *value, const std::string &branchCondition) {
    if (!value)
      return;
    present = true;
    if (isDataMapping(*value)) {
      readObjectValue(tmpl, *value, branchCondition, b);
    } else {
      b.stringValued = true;
      resolveTargets(tmpl, value, TargetSlot::Arn, branchCondition, b.targets);
    }
  });
  if (present)
    out.push_back(std::move(b));
}

void readLambdaConfig(const TemplateIndex &tmpl, const doc::MapEntry &lambdaConfig, model::UserPool &pool) {
  pool.hasLambdaConfig = true;
  pool.lambdaConfigLoc = tmpl.at(*lambdaConfig.key);
  // LambdaConfig written as `!If [Cond, {...}, {...}]`: each mapping under its condition.
  forEachBranch(lambdaConfig.value, {}, [&](const doc::Node *value, const std::string &condition) {
    if (!value)
      return; // AWS::NoValue: no triggers on this branch
    if (!isDataMapping(*value)) {
      pool.lambdaConfigUnknown = true; // an import, a parameter: which triggers is not known here
      return;
    }
    // Every entry, duplicates and unknown keys included: the rules decide what is a trigger.
    pool.triggers.reserve(pool.triggers.size() + value->entries().size()); // doubling left ~40% unused
    for (const doc::MapEntry &e : value->entries()) {
      if (!e.key->isScalar())
        continue;
      if (e.key->value == "KMSKeyID")
        append(pool.kmsKeyId, resolveValue(tmpl, e.value, condition).candidates);
      else
        addBinding(tmpl, pool, e, condition, pool.triggers);
    }
  });
}

model::Candidates advancedSecurityMode(const TemplateIndex &tmpl, const Resource &r) {
  model::Candidates out;
  forEachBranch(r.property("UserPoolAddOns"), {}, [&](const doc::Node *value, const std::string &condition) {
    if (value && isDataMapping(*value))
      if (const doc::Node *mode = value->find("AdvancedSecurityMode"))
        append(out, resolveValue(tmpl, mode, condition).candidates);
  });
  return out;
}

model::UserPool poolHeader(const TemplateIndex &tmpl, const Resource &r) {
  model::UserPool pool;
  pool.key = tmpl.keyOf(r.id);
  pool.logicalId = std::string(r.id);
  pool.file = tmpl.path();
  pool.loc = tmpl.at(*r.idNode);
  pool.type = std::string(r.type);
  pool.condition = model::Condition(r.condition);
  return pool;
}

void readLambdaConfigOf(const TemplateIndex &tmpl, const Resource &r, model::UserPool &pool) {
  if (r.properties)
    if (const doc::MapEntry *lambdaConfig = r.properties->findEntry("LambdaConfig"))
      readLambdaConfig(tmpl, *lambdaConfig, pool);
}

} // namespace

void addReplicaConfiguration(const TemplateIndex &tmpl, const Resource &r, model::Model &model) {
  model::UserPool pool = poolHeader(tmpl, r);
  const doc::Node *poolId = r.property("UserPoolId");
  // `!Ref Pool` of a pool in this template gives its id; anything else is the id as written.
  if (auto call = poolId ? asIntrinsic(*poolId) : std::nullopt; call && call->is("Ref") && call->arg->isScalar()) {
    if (const Resource *primary = tmpl.resource(call->arg->value); primary && primary->kind == ResourceKind::UserPool)
      pool.replicaOf = tmpl.keyOf(primary->id);
  }
  if (pool.replicaOf.empty())
    pool.replicaPoolId = resolveCandidates(tmpl, poolId);
  readLambdaConfigOf(tmpl, r, pool);
  model.pools.push_back(std::move(pool));
}

void addUserPool(const TemplateIndex &tmpl, const Resource &r, model::Model &model) {
  model::UserPool pool = poolHeader(tmpl, r);
  pool.name = literalText(tmpl, r.property("UserPoolName"));
  pool.tier = resolveCandidates(tmpl, r.property("UserPoolTier"));
  pool.advancedSecurityMode = advancedSecurityMode(tmpl, r);
  readLambdaConfigOf(tmpl, r, pool);
  model.pools.push_back(std::move(pool));
}

} // namespace tl::cfn
