#include "cfn/sam_cognito_events.h"

#include "cfn/intrinsic_call.h"
#include "cfn/targets.h"

#include <vector>

namespace tl::cfn {
namespace {

constexpr std::string_view kCognitoPrincipal = "cognito-idp.amazonaws.com";

/// One `Type: Cognito` event that SAM accepts.
struct CognitoEvent {
  std::string_view name;
  const doc::Node *typeNode = nullptr;
  std::string_view pool;                   // the referenced pool's logical id
  std::vector<const doc::Node *> triggers; // the Trigger string(s)
};

std::string eventProblem(const Resource &function, std::string_view event, std::string_view samMessage) {
  return "event '" + std::string(event) + "' of function '" + std::string(function.id) +
         "' is invalid: " + std::string(samMessage);
}

// `UserPool` must be `Ref` of an AWS::Cognito::UserPool of this template (SAM resolves nothing
// else; "Ref in Userpool is not a string." is its message for `Ref: [..]`).
std::string_view referencedPool(const TemplateIndex &tmpl, const Resource &function, const doc::MapEntry &event,
                                const doc::Node *properties) {
  const doc::Node *userPool = properties ? properties->find("UserPool") : nullptr;
  auto call = userPool ? asIntrinsic(*userPool) : std::nullopt;
  if (call && call->is("Ref") && !call->arg->isScalar()) {
    tmpl.addProblem(*userPool, eventProblem(function, event.key->value, "Ref in Userpool is not a string."));
    return {};
  }
  if (call && call->is("Ref")) {
    const Resource *pool = tmpl.resource(call->arg->value);
    if (pool && pool->kind == ResourceKind::UserPool)
      return pool->id;
    if (!pool && tmpl.mayBeGenerated(call->arg->value))
      return {}; // a pool an Fn::ForEach loop makes: the event cannot be followed here
  }
  tmpl.addProblem(userPool ? *userPool : *event.key,
                  eventProblem(function, event.key->value,
                               "Cognito events must reference a Cognito UserPool in the same template."));
  return {};
}

// `Trigger` is a string or a list of strings; intrinsics are rejected by SAM.
bool readTriggers(const TemplateIndex &tmpl, const Resource &function, const doc::MapEntry &event,
                  const doc::Node *properties, std::vector<const doc::Node *> &out) {
  const doc::Node *trigger = properties ? properties->find("Trigger") : nullptr;
  if (!trigger) {
    tmpl.addProblem(properties ? *properties : *event.key,
                    eventProblem(function, event.key->value, "Missing required property 'Trigger'."));
    return false;
  }
  auto isString = [](const doc::Node *n) { return n->isScalar() && n->tag.empty(); };
  if (isString(trigger)) {
    out.push_back(trigger);
    return true;
  }
  bool valid = trigger->isSequence() && trigger->tag.empty();
  for (const doc::Node *item : trigger->items())
    valid = valid && isString(item);
  if (!valid) {
    tmpl.addProblem(*trigger, eventProblem(function, event.key->value, "Type of property 'Trigger' is invalid."));
    return false;
  }
  out.assign(trigger->items().begin(), trigger->items().end());
  return true;
}

std::vector<CognitoEvent> cognitoEvents(const TemplateIndex &tmpl, const Resource &function) {
  std::vector<CognitoEvent> out;
  const doc::Node *events = function.property("Events");
  if (!events || !events->isMapping())
    return out;
  for (const doc::MapEntry &e : events->entries()) {
    const doc::Node *type = e.value->isMapping() ? e.value->find("Type") : nullptr;
    if (!e.key->isScalar() || !type || !type->isScalar() || type->value != "Cognito")
      continue;
    const doc::Node *properties = e.value->find("Properties");
    if (properties && !properties->isMapping())
      properties = nullptr;
    CognitoEvent event{e.key->value, type, {}, {}};
    // Both checks run so that one pass reports every problem of the event.
    event.pool = referencedPool(tmpl, function, e, properties);
    bool triggersValid = readTriggers(tmpl, function, e, properties, event.triggers);
    if (!event.pool.empty() && triggersValid)
      out.push_back(std::move(event));
  }
  return out;
}

model::TriggerBinding samBinding(const TemplateIndex &tmpl, const Resource &function, const CognitoEvent &event,
                                 const model::UserPool &pool, const doc::Node &trigger) {
  model::TriggerBinding b;
  b.via = model::TriggerBinding::Via::SamEvent;
  b.pool = pool.key;
  b.trigger = trigger.value;
  b.keyLoc = tmpl.at(trigger);
  b.stringValued = true;
  b.targets.push_back(makeGetAttTarget(tmpl, function.id, "Arn", b.keyLoc));
  b.samFunction = std::string(function.id);
  b.samEvent = std::string(event.name);
  return b;
}

model::Candidate literalAt(std::string_view value, const Location &loc) {
  model::Candidate c;
  c.value = std::string(value);
  c.loc = loc;
  return c;
}

// The one permission SAM generates for all of a function's Cognito events: every event builds
// `<Function>CognitoPermission` (FunctionName `!Ref Function`, SourceArn `!GetAtt Pool.Arn`, the
// function's Condition) and the translator keeps the last one, in event logical-id order (SAM's
// `order_events`). A function serving two pools is therefore invocable by only one of them.
model::Permission samPermission(const TemplateIndex &tmpl, const Resource &function, const CognitoEvent &event) {
  const Location loc = tmpl.at(*event.typeNode);
  model::Permission p;
  p.logicalId = std::string(function.id) + "CognitoPermission";
  p.key = tmpl.keyOf(p.logicalId);
  p.file = tmpl.path();
  p.loc = loc;
  p.synthesized = true;
  p.condition = model::Condition(function.condition);
  p.function.push_back(makeRefTarget(tmpl, function.id, loc));
  p.principal.push_back(literalAt(kCognitoPrincipal, loc));
  p.action.push_back(literalAt("lambda:InvokeFunction", loc));
  p.hasSourceArn = true;
  p.sourceArnLoc = loc;
  p.sourceArn.push_back(makeGetAttTarget(tmpl, event.pool, "Arn", loc));
  return p;
}

void expandFunction(const TemplateIndex &tmpl, const Resource &function, const PoolIndex &pools, model::Model &model) {
  const std::vector<CognitoEvent> events = cognitoEvents(tmpl, function);
  const CognitoEvent *kept = nullptr; // the event whose permission the translator keeps
  for (const CognitoEvent &event : events) {
    model::UserPool &pool = model.pools[pools.at(event.pool)];
    pool.hasLambdaConfig = true;
    if (!pool.lambdaConfigLoc.known())
      pool.lambdaConfigLoc = pool.loc; // SAM creates LambdaConfig in the pool resource
    for (const doc::Node *trigger : event.triggers) {
      pool.triggers.push_back(samBinding(tmpl, function, event, pool, *trigger));
      // SAM injects `!GetAtt Function.Arn` into the pool: the pool now depends on the function.
      model.references.push_back({std::string(event.pool), std::string(function.id), tmpl.at(*trigger),
                                  "Properties.LambdaConfig." + std::string(trigger->value),
                                  std::string(function.type)});
    }
    if (!kept || event.name >= kept->name)
      kept = &event;
  }
  if (kept)
    model.permissions.push_back(samPermission(tmpl, function, *kept));
}

} // namespace

void expandCognitoEvents(const TemplateIndex &tmpl, const PoolIndex &pools, model::Model &model) {
  for (const Resource &r : tmpl.resources())
    if (r.kind == ResourceKind::ServerlessFunction)
      expandFunction(tmpl, r, pools, model);
}

} // namespace tl::cfn
