// TL108 invalid-lambda-version: a trigger event version Cognito does not have, or one the pool's
// feature plan does not include.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL108",
    .name = "invalid-lambda-version",
    .severity = Severity::Error,
    .summary = "a trigger's LambdaVersion is not valid for the trigger or for the pool's feature plan",
    .whatItDoes = "Checks PreTokenGenerationConfig.LambdaVersion against V1_0, V2_0 and V3_0 (with a "
                  "did-you-mean), and against the pool's UserPoolTier: V3_0 on a LITE pool is an error, V2_0 "
                  "on a LITE pool a warning (Lite pools that had advanced security features turned on before "
                  "the feature plans were introduced keep V2_0). A pool without UserPoolTier is on the "
                  "ESSENTIALS plan. Also checks that InboundFederation.LambdaVersion is V1_0, and that both "
                  "entries have a LambdaVersion at all (missing on InboundFederation: error; on "
                  "PreTokenGenerationConfig: warning).",
    .whyBad = "Cognito rejects an unknown event version. Access token customization (V2_0) and "
              "machine-to-machine token customization (V3_0) are features of the Essentials and Plus plans: "
              "a Lite pool cannot use them, so the stack fails, or the trigger never gets the event its code "
              "expects. It is not true that access tokens can never be customized; it is true that the Lite "
              "plan cannot.",
    .example = "UserPool:\n"
               "  Type: AWS::Cognito::UserPool\n"
               "  Properties:\n"
               "    UserPoolTier: LITE\n"
               "    LambdaConfig:\n"
               "      PreTokenGenerationConfig:\n"
               "        LambdaArn: !GetAtt PreTokenFn.Arn\n"
               "        LambdaVersion: V3_0\n",
    .useInstead = "UserPool:\n"
                  "  Type: AWS::Cognito::UserPool\n"
                  "  Properties:\n"
                  "    UserPoolTier: ESSENTIALS\n"
                  "    LambdaConfig:\n"
                  "      PreTokenGenerationConfig:\n"
                  "        LambdaArn: !GetAtt PreTokenFn.Arn\n"
                  "        LambdaVersion: V3_0\n",
    .inTerraform = "Compares `pre_token_generation_config`'s `lambda_version` with `user_pool_tier` (LITE, "
                   "ESSENTIALS or PLUS; not set means ESSENTIALS), in configurations and plans.",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html",
};

using Via = model::TriggerBinding::Via;

// Only object-valued LambdaConfig entries carry a version; a SAM event cannot (TL103).
bool carriesVersion(const model::TriggerBinding &binding) {
  return binding.via != Via::SamEvent && binding.objectValued;
}

bool isAllowed(const cognito::TriggerKey &key, const std::string &version) {
  for (std::string_view allowed : key.lambdaVersions)
    if (allowed == version)
      return true;
  return false;
}

// V2_0 and V3_0 need the Essentials or Plus plan.
bool needsEssentials(const std::string &version) { return version == "V2_0" || version == "V3_0"; }

std::string describe(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding) {
  std::string fn = cognito::bindingFunctionName(model, binding);
  return "the " + cognito::triggerName(pool, binding.trigger) + " trigger of pool " + cognito::poolName(pool) +
         (fn.empty() ? "" : " (function " + fn + ")");
}

Severity lower(Severity a, Severity b) { return a < b ? a : b; }

void reportUnknownVersion(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding,
                          const cognito::TriggerKey &key, const model::Candidate &version, FindingSink &sink) {
  std::vector<std::string_view> allowed(key.lambdaVersions.begin(), key.lambdaVersions.end());
  // With a single allowed value there is nothing to guess.
  std::optional<std::string_view> best =
      allowed.size() > 1 ? cognito::didYouMean(*version.value, allowed) : std::nullopt;
  std::string fix = best ? "did you mean '" + std::string(*best) + "'?"
                         : "use " + std::string(allowed.size() == 1 ? "V1_0" : "V1_0, V2_0 or V3_0");
  Finding &f = sink.report(version.loc,
                           describe(model, pool, binding) + " has " +
                               std::string(cognito::propertyName(pool, "LambdaVersion")) + " '" + *version.value +
                               "', which " + cognito::triggerName(pool, binding.trigger) + " does not accept; " + fix,
                           cognito::severityFor(version.origin, Severity::Error));
  cognito::addOriginNote(f, version.origin, version.originLoc, version.originName, "the value");
  cognito::addConditionNote(f, version.loc, (pool.condition && binding.condition && version.condition));
  f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "LambdaVersion"});
}

// The API requires LambdaVersion in every object-valued entry although the CloudFormation
// reference marks it optional. InboundFederation has one version, which is required; a
// PreTokenGenerationConfig without one is a warning: which event it would get is not documented.
void reportMissingVersion(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding,
                          const cognito::TriggerKey &key, FindingSink &sink) {
  const bool single = key.lambdaVersions.size() == 1;
  Finding &f = sink.report(binding.keyLoc,
                           describe(model, pool, binding) +
                               " has no LambdaVersion, which the Cognito API requires (the CloudFormation reference "
                               "marks it optional); add " +
                               (single ? std::string("LambdaVersion: V1_0")
                                       : std::string("LambdaVersion: V1_0 for the legacy event, or V2_0/V3_0")),
                           single ? Severity::Error : Severity::Warning);
  cognito::addConditionNote(f, binding.keyLoc, (pool.condition && binding.condition));
  f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "LambdaVersion", "missing"});
}

void reportTier(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding,
                const model::Candidate &version, FindingSink &sink) {
  for (const model::Candidate &tier : pool.tier) {
    model::Condition condition = pool.condition && binding.condition && version.condition;
    if (!tier.value || *tier.value != "LITE" || condition.excludes(tier.condition))
      continue;
    const bool v2 = *version.value == "V2_0";
    Severity severity = lower(cognito::severityFor(version.origin, Severity::Error),
                              cognito::severityFor(tier.origin, Severity::Error));
    if (v2)
      severity = Severity::Warning;
    Finding &f = sink.report(version.loc,
                             describe(model, pool, binding) + " uses " +
                                 std::string(cognito::propertyName(pool, "LambdaVersion")) + " " + *version.value +
                                 ", which the pool's LITE feature plan does not include; set " +
                                 std::string(cognito::propertyName(pool, "UserPoolTier")) + " to ESSENTIALS or PLUS" +
                                 (v2 ? " or use V1_0" : ", or use V1_0 (or V2_0 on a legacy Lite pool)"),
                             severity);
    f.notes.push_back({tier.loc, std::string(cognito::propertyName(pool, "UserPoolTier")) + " is LITE here"});
    cognito::addOriginNote(f, tier.origin, tier.originLoc, tier.originName, "the tier");
    cognito::addOriginNote(f, version.origin, version.originLoc, version.originName, "the version");
    if (v2)
      f.notes.push_back({tier.loc, "Lite pools that had advanced security features turned on by 2024-11-22 "
                                   "keep V2_0; other Lite pools only get V1_0 events"});
    // Point at the Fn::If branch that picks LITE when there is one.
    cognito::addConditionNote(f, tier.condition.empty() ? version.loc : tier.loc, (condition && tier.condition));
    f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "LambdaVersion", "tier"});
    return;
  }
}

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &pool : model.pools)
    for (const auto &binding : pool.triggers) {
      const cognito::TriggerKey *key = cognito::findTriggerKey(binding.trigger);
      // Custom sender versions are TL107's; a version on an ARN-valued key is TL103's shape error.
      if (!key || !key->objectValued || !carriesVersion(binding) ||
          key->invocation == cognito::Invocation::Asynchronous)
        continue;
      if (binding.lambdaVersion.empty())
        reportMissingVersion(model, pool, binding, *key, sink);
      for (const model::Candidate &version : binding.lambdaVersion) {
        if (!version.value)
          continue;
        if (!isAllowed(*key, *version.value))
          reportUnknownVersion(model, pool, binding, *key, version, sink);
        else if (needsEssentials(*version.value))
          reportTier(model, pool, binding, version, sink);
      }
    }
}

} // namespace

extern const Rule TL108_invalid_lambda_version{kInfo, &check};

} // namespace tl::rules
