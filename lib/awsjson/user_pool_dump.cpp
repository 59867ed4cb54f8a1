// describe-user-pool (`{"UserPool": {...}}`) and list-user-pools (`{"UserPools": [...]}`).
#include "awsjson/dump_frontend.h"
#include "awsjson/dump_internal.h"

namespace tl::awsjson::detail {
namespace {

model::TriggerBinding binding(const doc::Document &doc, const model::UserPool &pool, const doc::MapEntry &entry) {
  model::TriggerBinding b;
  b.via = model::TriggerBinding::Via::Dump;
  b.pool = pool.key;
  b.trigger = entry.key->value;
  b.keyLoc = at(doc, entry.key);
  b.lambdaVersionKeyLoc = b.keyLoc;
  const doc::Node *value = entry.value;
  if (value->isMapping()) {
    b.objectValued = true;
    if (const doc::Node *arn = value->find("LambdaArn"); arn && arn->isScalar())
      b.targets.push_back(dumpedArn(doc, arn));
    if (const doc::MapEntry *version = value->findEntry("LambdaVersion")) {
      b.lambdaVersionKeyLoc = at(doc, version->key);
      if (version->value->isScalar())
        b.lambdaVersion.push_back(dumped(doc, version->value));
    }
  } else if (value->isScalar()) {
    b.stringValued = true;
    b.targets.push_back(dumpedArn(doc, value));
  }
  return b;
}

// One pool object: the value of describe-user-pool's `UserPool`, or an entry of `UserPools`.
void loadPool(const doc::Document &doc, const doc::Node &object, const doc::Node *keyNode, std::string type,
              model::Model &model) {
  model::UserPool pool;
  const doc::Node *id = object.find("Id");
  const doc::Node *name = object.find("Name");
  pool.key = !text(id).empty() ? text(id) : text(name);
  pool.file = doc.path;
  pool.loc = at(doc, keyNode ? keyNode : id ? id : &object);
  pool.type = std::move(type);
  pool.name = text(name);
  pool.arn = text(object.find("Arn"));
  if (const doc::Node *tier = object.find("UserPoolTier"); tier && tier->isScalar())
    pool.tier.push_back(dumped(doc, tier));
  if (const doc::Node *addOns = object.find("UserPoolAddOns"); addOns && addOns->isMapping())
    if (const doc::Node *mode = addOns->find("AdvancedSecurityMode"); mode && mode->isScalar())
      pool.advancedSecurityMode.push_back(dumped(doc, mode));
  if (const doc::MapEntry *config = object.findEntry("LambdaConfig"); config && config->value->isMapping()) {
    pool.hasLambdaConfig = true;
    pool.lambdaConfigLoc = at(doc, config->key);
    for (const doc::MapEntry &entry : config->value->entries()) {
      if (entry.key->value == "KMSKeyID") {
        if (entry.value->isScalar())
          pool.kmsKeyId.push_back(dumped(doc, entry.value));
        continue;
      }
      pool.triggers.push_back(binding(doc, pool, entry));
    }
  }
  model.pools.push_back(std::move(pool));
}

} // namespace

bool isUserPoolDump(const doc::Node &object) {
  const doc::Node *one = object.find("UserPool");
  const doc::Node *many = object.find("UserPools");
  return (one && one->isMapping()) || (many && many->isSequence());
}

void loadUserPools(const doc::Document &doc, const doc::Node &object, model::Model &model) {
  if (const doc::MapEntry *one = object.findEntry("UserPool"); one && one->value->isMapping())
    loadPool(doc, *one->value, one->key, "describe-user-pool", model);
  if (const doc::Node *many = object.find("UserPools"); many && many->isSequence())
    for (const doc::Node *item : many->items())
      if (item->isMapping())
        loadPool(doc, *item, nullptr, "list-user-pools", model);
}

} // namespace tl::awsjson::detail
