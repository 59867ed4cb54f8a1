// TL111 cross-region-trigger: a trigger function, or a custom sender's KMS key, in another Region
// than the pool (or replica) that calls it.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL111",
    .name = "cross-region-trigger",
    .severity = Severity::Error,
    .summary = "a trigger function or a custom sender's KMS key is in another Region than its user pool",
    .whatItDoes =
        "Compares the Region of each trigger function ARN and of LambdaConfig.KMSKeyID with the Region of the pool "
        "that uses them, wherever both are known: a deployed pool's Region (its ARN, or the prefix of its id) "
        "against literal ARNs in describe-user-pool or list-user-pools output; a replica's regional configuration "
        "(AWS::Cognito::UserPoolRegionalConfigurationAttachment, deployed in the replica's Region) against ARNs "
        "in the primary pool's Region, which the pool id names (`us-east-1_...`); and, in a template, the "
        "literal ARNs of one pool's triggers and key against each other: they cannot sit in two Regions. ARNs "
        "built from `${AWS::Region}`, `!GetAtt` of a function of the same stack and imports (exports are "
        "regional) are in the stack's Region and never reported. Cross-account functions are fine.",
    .whyBad = "Cognito invokes trigger functions only in the pool's own Region. UpdateUserPool and CreateUserPool "
              "reject another Region's function with 'Cross-region lambda functions "
              "are not supported', and a custom sender's KMS key in another Region with 'Invalid arn', so the "
              "stack or the update fails. A user pool replica (multi-Region replication) runs its own triggers "
              "in the replica's Region: reusing the primary Region's function ARNs in its regional "
              "configuration fails the same way. Accounts may differ: Cognito accepts a function in another "
              "account of the same Region (with a resource policy that lets it invoke the function). The "
              "error texts were reproduced against the service by the cdk-preflight rule pack (rule "
              "pf-cognito-lambda-config-region, 2026-09); the developer guide's trigger page says to add "
              "the function outside the console with a resource policy, and the CloudFormation reference "
              "of UserPoolRegionalConfigurationAttachment gives replicas their own LambdaConfig.",
    .example = "# describe-user-pool of us-west-2_Ab12\n"
               "\"LambdaConfig\": {\n"
               "  \"PreSignUp\": \"arn:aws:lambda:us-east-1:123456789012:function:pre-signup\"\n"
               "}\n",
    .useInstead = "# the function deployed in the pool's Region\n"
                  "\"LambdaConfig\": {\n"
                  "  \"PreSignUp\": \"arn:aws:lambda:us-west-2:123456789012:function:pre-signup\"\n"
                  "}\n",
    .inTerraform = "Literal ARNs in `.tf` files and plans are compared as in templates (two Regions within "
                   "one pool). The provider's Region is not read (it lives in provider blocks and the "
                   "environment), so a literal ARN is not compared with the pool's own Region.",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// A Region written literally: not a deploy-time piece, not a pattern, not empty.
bool isLiteralRegion(std::string_view region) {
  return !region.empty() && !model::hasPlaceholder(region) && region.find_first_of("*?") == std::string_view::npos;
}

// One ARN a pool uses, with its literal Region.
struct Use {
  std::string region;
  std::string what; // "function pre-signup", "KMS key arn:..."
  Location loc;
  model::Origin origin = model::Origin::Literal;
  Location originLoc;
  std::string originName;
  model::Condition condition;
  const model::TriggerBinding *binding = nullptr;  // null for the KMS key
  std::vector<const model::TriggerBinding *> also; // other triggers bound to the same ARN
};

std::vector<Use> usesOf(const model::Model &model, const model::UserPool &pool) {
  std::vector<Use> uses;
  for (const model::TriggerBinding &binding : pool.triggers) {
    if (!cognito::findTriggerKey(binding.trigger))
      continue; // not a trigger: TL103
    for (const model::Target &target : binding.targets) {
      if (target.form != model::Target::Form::Literal)
        continue; // GetAtt, Ref and imports live in the stack's own Region
      std::optional<model::FunctionArn> arn = model::FunctionArn::parse(target.literal);
      if (!arn || !isLiteralRegion(arn->region))
        continue;
      std::string what = "function " + cognito::targetName(model, target);
      model::Condition condition = pool.condition && binding.condition && target.condition;
      // One finding per function: the same ARN under PreTokenGeneration and its Config is one fix.
      auto same = std::find_if(uses.begin(), uses.end(), [&](const Use &u) {
        return u.binding && u.what == what && u.region == arn->region && u.condition == condition;
      });
      if (same != uses.end()) {
        if (same->binding != &binding)
          same->also.push_back(&binding);
        continue;
      }
      uses.push_back({std::string(arn->region),
                      std::move(what),
                      target.loc,
                      target.origin,
                      target.originLoc,
                      target.originName,
                      std::move(condition),
                      &binding,
                      {}});
    }
  }
  for (const model::Candidate &key : pool.kmsKeyId) {
    std::optional<model::Arn> arn = key.value ? model::Arn::parse(*key.value) : std::nullopt;
    if (!arn || arn->service != "kms" || !isLiteralRegion(arn->region))
      continue;
    uses.push_back({std::string(arn->region),
                    "KMS key " + *key.value,
                    key.loc,
                    key.origin,
                    key.originLoc,
                    key.originName,
                    (pool.condition && key.condition),
                    nullptr,
                    {}});
  }
  return uses;
}

std::string errorText(const Use &use) {
  return use.binding ? "'Cross-region lambda functions are not supported'" : "'Invalid arn'";
}

std::string userOf(const model::UserPool &pool, const Use &use) {
  return use.binding ? use.what + ", the " + use.binding->trigger + " trigger of pool " + cognito::poolName(pool) + ","
                     : "the KMSKeyID of pool " + cognito::poolName(pool);
}

Finding &report(const model::UserPool &pool, const Use &use, const std::string &message, FindingSink &sink) {
  Finding &f = sink.report(use.loc, message, cognito::severityFor(use.origin, Severity::Error));
  cognito::addOriginNote(f, use.origin, use.originLoc, use.originName, "the ARN");
  for (const model::TriggerBinding *other : use.also)
    cognito::addBindingNote(f, pool, *other, "also ");
  cognito::addConditionNote(f, use.loc, use.condition);
  f.anchor =
      cognito::anchor({cognito::poolName(pool), use.binding ? use.binding->trigger.str() : "KMSKeyID", use.region});
  return f;
}

// A deployed pool's Region: its ARN, or the prefix of its id.
std::string deployedRegion(const model::UserPool &pool) {
  if (std::optional<model::UserPoolArn> arn = model::UserPoolArn::parse(pool.arn))
    return std::string(arn->region);
  return std::string(model::regionOfPoolId(pool.key));
}

void checkDeployed(const model::Model &model, const model::UserPool &pool, FindingSink &sink) {
  const std::string region = deployedRegion(pool);
  if (region.empty())
    return;
  for (const Use &use : usesOf(model, pool))
    if (use.region != region)
      report(pool, use,
             userOf(pool, use) + " is in " + use.region + ", but the pool is in " + region + ": Cognito rejects " +
                 (use.binding ? "a function" : "a key") + " in another Region with " + errorText(use) +
                 ", so this configuration cannot be what is deployed and the next update fails; use " +
                 (use.binding ? "a function" : "a KMS key") + " in " + region,
             sink);
}

// A replica's attachment is deployed in the replica's Region, which is never the primary's.
void checkReplica(const model::Model &model, const model::UserPool &pool, FindingSink &sink) {
  for (const model::Candidate &id : pool.replicaPoolId) {
    const std::string primary = id.value ? std::string(model::regionOfPoolId(*id.value)) : std::string();
    if (primary.empty())
      continue;
    for (const Use &use : usesOf(model, pool)) {
      if (use.region != primary)
        continue;
      Finding &f = report(pool, use,
                          userOf(pool, use) + " is in " + primary +
                              ", the primary pool's Region, but a replica's regional configuration applies in the "
                              "replica's own Region: Cognito rejects " +
                              (use.binding ? "a function" : "a key") + " in another Region with " + errorText(use) +
                              "; use one in the replica's Region (!GetAtt of this stack's " +
                              (use.binding ? "function" : "key") + ", or an ARN built with ${AWS::Region})",
                          sink);
      f.notes.push_back({id.loc, "the pool id " + *id.value + " names the primary Region " + primary});
      // A pool id from a parameter default can be another pool's at deploy time.
      if (id.origin == model::Origin::ParameterDefault) {
        f.severity = std::min(f.severity, Severity::Warning);
        cognito::addOriginNote(f, id.origin, id.originLoc, id.originName, "the pool id");
      }
    }
  }
}

// In a template the pool's Region is the stack's, unknown here; but one pool's literal ARNs
// cannot name two Regions.
void checkTemplate(const model::Model &model, const model::UserPool &pool, FindingSink &sink) {
  std::vector<Use> uses = usesOf(model, pool);
  for (size_t i = 1; i < uses.size(); ++i) {
    const Use &first = uses.front();
    const Use &use = uses[i];
    if (use.region == first.region || use.condition.excludes(first.condition))
      continue;
    Finding &f =
        report(pool, use,
               userOf(pool, use) + " is in " + use.region + ", but " + userOf(pool, first) + " is in " + first.region +
                   ": a pool's trigger functions and KMS key must all be in the pool's own Region, so "
                   "Cognito rejects at least one of them with " +
                   errorText(use) + "; build the ARNs with ${AWS::Region} or !GetAtt",
               sink);
    f.notes.push_back({first.loc, first.what + " is in " + first.region + " here"});
  }
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::UserPool &pool : model.pools) {
    if (pool.logicalId.empty())
      checkDeployed(model, pool, sink);
    else if (pool.isReplica() && !pool.replicaPoolId.empty())
      checkReplica(model, pool, sink);
    else
      checkTemplate(model, pool, sink);
  }
}

} // namespace

extern const Rule TL111_cross_region_trigger{kInfo, &check};

} // namespace tl::rules
