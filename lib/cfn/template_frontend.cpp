// Templates -> model: index the template once, translate the resources the model holds,
// expand SAM Cognito events, then collect the dependency edges.
#include "cfn/template_frontend.h"

#include "cfn/references.h"
#include "cfn/resources.h"
#include "cfn/sam_cognito_events.h"
#include "cfn/stack_join.h"
#include "cfn/template_index.h"

#include <algorithm>
#include <vector>

namespace tl::cfn {

bool isTemplate(const doc::Node &root) {
  if (!root.isMapping())
    return false;
  if (root.find("AWSTemplateFormatVersion"))
    return true;
  const doc::Node *resources = root.find("Resources");
  if (!resources || !resources->isMapping() || resources->entries().empty())
    return false;
  const doc::Node *first = resources->entries().front().value;
  return first->isMapping() && first->find("Type") != nullptr;
}

namespace {

// Room for `more` elements, growing geometrically: reserving exactly size() + more for every
// template moved the whole model once per file (10,000 small templates: a minute).
template <typename T> void reserveMore(std::vector<T> &v, size_t more) {
  if (v.size() + more > v.capacity())
    v.reserve(std::max(v.size() + more, 2 * v.capacity()));
}

bool hasEvents(const Resource &r) {
  const doc::Node *events = r.property("Events");
  return events && !events->entries().empty();
}

// Growing the model's vectors one large struct at a time dominates on big templates; the
// index already knows how many of each kind are coming.
void reserveFor(const TemplateIndex &tmpl, model::Model &model) {
  size_t pools = 0, functions = 0, permissions = 0;
  for (const Resource &r : tmpl.resources()) {
    pools += r.kind == ResourceKind::UserPool || r.kind == ResourceKind::ReplicaConfig;
    functions += r.isFunction();
    // A SAM function with Cognito events adds a generated permission.
    permissions +=
        r.kind == ResourceKind::LambdaPermission || (r.kind == ResourceKind::ServerlessFunction && hasEvents(r));
  }
  reserveMore(model.pools, pools);
  reserveMore(model.functions, functions);
  reserveMore(model.permissions, permissions);
  reserveMore(model.references, tmpl.resources().size());
}

} // namespace

void loadTemplate(const doc::Document &doc, model::Model &model) {
  if (!doc.root || !doc.root->isMapping())
    return;
  TemplateIndex tmpl(doc, model.problems);
  reserveFor(tmpl, model);
  PoolIndex pools;
  pools.reserve(tmpl.resources().size());
  for (const Resource &r : tmpl.resources()) {
    switch (r.kind) {
    case ResourceKind::UserPool:
      pools.emplace(r.id, model.pools.size());
      addUserPool(tmpl, r, model);
      break;
    case ResourceKind::ReplicaConfig:
      addReplicaConfiguration(tmpl, r, model);
      break;
    case ResourceKind::LambdaFunction:
    case ResourceKind::ServerlessFunction:
      addFunction(tmpl, r, model);
      break;
    case ResourceKind::LambdaPermission:
      addPermission(tmpl, r, model);
      break;
    case ResourceKind::LambdaAlias:
    case ResourceKind::LambdaVersion:
    case ResourceKind::Other:
      break;
    }
  }
  // SAM runs its Cognito expansion on every AWS::Serverless::Function, Transform or not: a
  // template that declares one without the Transform fails to deploy anyway.
  expandCognitoEvents(tmpl, pools, model);
  collectReferences(tmpl, model);
  collectExports(tmpl, model);
}

} // namespace tl::cfn
