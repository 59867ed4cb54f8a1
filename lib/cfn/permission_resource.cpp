// AWS::Lambda::Permission: whose function, for which principal and action, scoped how.
#include "cfn/conditions.h"
#include "cfn/intrinsics.h"
#include "cfn/resources.h"
#include "cfn/targets.h"

namespace tl::cfn {
namespace {

// A property written under Fn::If with an AWS::NoValue branch is missing in that branch; only
// a property present in every branch counts as set (TL106 must see the unscoped branch).
bool presentInEveryBranch(const doc::Node *node) {
  bool everywhere = node != nullptr;
  forEachBranch(node, {}, [&](const doc::Node *value, const std::string &) { everywhere = everywhere && value; });
  return everywhere;
}

} // namespace

void addPermission(const TemplateIndex &tmpl, const Resource &r, model::Model &model) {
  model::Permission p;
  p.key = tmpl.keyOf(r.id);
  p.logicalId = std::string(r.id);
  p.file = tmpl.path();
  p.loc = tmpl.at(*r.idNode);
  p.condition = model::Condition(r.condition);
  resolveTargets(tmpl, r.property("FunctionName"), TargetSlot::FunctionName, {}, p.function);
  p.principal = resolveCandidates(tmpl, r.property("Principal"));
  p.action = resolveCandidates(tmpl, r.property("Action"));
  if (const doc::Node *sourceArn = r.property("SourceArn")) {
    p.hasSourceArn = presentInEveryBranch(sourceArn);
    p.sourceArnLoc = tmpl.at(*sourceArn);
    resolveTargets(tmpl, sourceArn, TargetSlot::Arn, {}, p.sourceArn);
  }
  p.hasSourceAccount = presentInEveryBranch(r.property("SourceAccount"));
  model.permissions.push_back(std::move(p));
}

} // namespace tl::cfn
