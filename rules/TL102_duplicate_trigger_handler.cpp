// TL102 duplicate-trigger-handler: one trigger of one pool is given more than one function.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL102",
    .name = "duplicate-trigger-handler",
    .severity = Severity::Error,
    .summary = "more than one handler is configured for one trigger of one user pool",
    .whatItDoes = "Finds a trigger of a user pool that is configured more than once: the same LambdaConfig key "
                  "written twice, two SAM Cognito events with the same Trigger on one pool, a SAM event for a "
                  "trigger the pool's LambdaConfig already sets, and PreTokenGeneration and "
                  "PreTokenGenerationConfig.LambdaArn naming different functions. Setting both keys to the "
                  "same function is fine: that is how describe-user-pool prints a configured pre token "
                  "generation trigger. When a template pool and a describe-user-pool dump are the same pool "
                  "(same UserPoolName, once each), a trigger the deployed pool gives another function than the "
                  "template is configured in two places (error), and a deployed trigger the template does not "
                  "configure at all will be removed by the next deploy (warning). Function names are compared: "
                  "the template's FunctionName, or the deployed name CloudFormation generated for it.",
    .whyBad = "A user pool has exactly one function per trigger. With a duplicated LambdaConfig key "
              "CloudFormation silently deploys the last one and the first handler never runs; the SAM "
              "transform rejects the template with 'Cognito trigger \"PreSignUp\" defined multiple times.'; "
              "and Cognito requires the legacy PreTokenGeneration ARN to equal "
              "PreTokenGenerationConfig.LambdaArn. Handlers that need to run on one event must be combined "
              "into one function.",
    .example = "UserPool:\n"
               "  Type: AWS::Cognito::UserPool\n"
               "  Properties:\n"
               "    LambdaConfig:\n"
               "      PostAuthentication: !GetAtt AuditFn.Arn\n"
               "      PostAuthentication: !GetAtt DeviceLimitFn.Arn\n",
    .useInstead = "UserPool:\n"
                  "  Type: AWS::Cognito::UserPool\n"
                  "  Properties:\n"
                  "    LambdaConfig:\n"
                  "      PostAuthentication: !GetAtt PostAuthenticationFn.Arn  # audits and limits devices\n",
    .inTerraform = "A second `lambda_config` block in one `aws_cognito_user_pool` (static, or `dynamic` "
                   "under the condition of its `for_each`): the provider allows one and rejects the "
                   "configuration ('Too many lambda_config blocks'). In plans and state, "
                   "`pre_token_generation` naming another function than `pre_token_generation_config`'s "
                   "`lambda_arn`.",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                 "aws-properties-cognito-userpool-lambdaconfig.html",
};

using Via = model::TriggerBinding::Via;

// Entries under opposite branches of one Fn::If never exist together.
bool canCoexist(const model::TriggerBinding &a, const model::TriggerBinding &b) {
  return !a.condition.excludes(b.condition);
}

// What a target names, when that is known well enough to compare: a model function (with its
// qualifier, since Cognito compares ARNs) or a fully known ARN. Unknown is never a conflict.
std::optional<std::string> identity(const model::Target &target) {
  if (!target.function.empty())
    return "function " + target.function + ":" + target.qualifier;
  if (target.form == model::Target::Form::Literal && !target.partial)
    return "literal " + target.literal;
  return std::nullopt;
}

// Two identities are comparable when both name a model function or both are literal ARNs.
bool differ(const std::string &a, const std::string &b) {
  return a.substr(0, a.find(' ')) == b.substr(0, b.find(' ')) && a != b;
}

std::string functionPhrase(const model::Model &model, const model::TriggerBinding &binding) {
  std::string name = cognito::bindingFunctionName(model, binding);
  return name.empty() ? "" : " (function " + name + ")";
}

std::string transformError(const std::string &trigger) {
  return "the SAM transform fails with 'Cognito trigger \"" + trigger + "\" defined multiple times.'";
}

void reportDuplicate(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &earlier,
                     const model::TriggerBinding &later, FindingSink &sink) {
  const std::string poolId = cognito::poolName(pool);
  const std::string trigger = cognito::triggerName(pool, later.trigger);
  std::string message;
  if (later.via == Via::SamEvent && earlier.via == Via::SamEvent)
    message = "SAM event " + later.samEvent + " of function " + later.samFunction + " sets the " + trigger +
              " trigger of pool " + poolId + " that another SAM event already sets" + functionPhrase(model, earlier) +
              "; " + transformError(trigger) + ", so keep one event";
  else if (later.via == Via::SamEvent)
    message = "SAM event " + later.samEvent + " of function " + later.samFunction + " sets the " + trigger +
              " trigger of pool " + poolId + " that its LambdaConfig already sets" + functionPhrase(model, earlier) +
              "; " + transformError(trigger) + ", so keep one of them";
  else
    message = "pool " + poolId + " has a second " + trigger + " entry in its LambdaConfig" +
              functionPhrase(model, later) + "; CloudFormation silently drops the first one" +
              functionPhrase(model, earlier) + ", so keep one and combine the handlers";
  Finding &f = sink.report(later.keyLoc, message);
  cognito::addBindingNote(f, pool, earlier, later.via == Via::SamEvent ? "" : "dropped: ");
  f.anchor = cognito::anchor({poolId, trigger, "duplicate"});
}

// The legacy key and the config object must name the same ARN.
void checkPreTokenGenerationPair(const model::Model &model, const model::UserPool &pool, FindingSink &sink) {
  const auto &bindings = pool.triggers;
  for (size_t i = 0; i < bindings.size(); ++i)
    for (size_t j = 0; j < bindings.size(); ++j) {
      const model::TriggerBinding &legacy = bindings[i], &config = bindings[j];
      if (legacy.trigger != cognito::kPreTokenGeneration || config.trigger != cognito::kPreTokenGenerationConfig ||
          !canCoexist(legacy, config))
        continue;
      for (const auto &a : legacy.targets)
        for (const auto &b : config.targets) {
          std::optional<std::string> ida = identity(a), idb = identity(b);
          model::Condition condition = legacy.condition && a.condition;
          model::Condition otherCondition = config.condition && b.condition;
          if (!ida || !idb || !differ(*ida, *idb) || condition.excludes(otherCondition))
            continue;
          const model::TriggerBinding &later = i > j ? legacy : config;
          const model::TriggerBinding &earlier = i > j ? config : legacy;
          const model::Target &laterTarget = i > j ? a : b, &earlierTarget = i > j ? b : a;
          Finding &f = sink.report(
              later.keyLoc, "pool " + cognito::poolName(pool) + "'s " + cognito::triggerName(pool, later.trigger) +
                                " names function " + cognito::targetName(model, laterTarget) + " but its " +
                                cognito::triggerName(pool, earlier.trigger) + " names function " +
                                cognito::targetName(model, earlierTarget) +
                                "; Cognito requires the same ARN in both, so set only " +
                                (cognito::isTerraform(pool) ? "pre_token_generation_config's lambda_arn"
                                                            : "PreTokenGenerationConfig.LambdaArn"));
          f.notes.push_back({earlier.keyLoc, cognito::triggerName(pool, earlier.trigger) + " names function " +
                                                 cognito::targetName(model, earlierTarget) + " here"});
          // Point at the Fn::If branch the condition comes from.
          const Location &branch = earlierTarget.condition.empty() ? laterTarget.loc : earlierTarget.loc;
          cognito::addConditionNote(f, branch, (condition && otherCondition));
          f.anchor = cognito::anchor({cognito::poolName(pool), "PreTokenGeneration", "differs"});
          return; // one finding per pool: the fix is the same for every pair
        }
    }
}

// ---- One pool in a template and in a dump ---------------------------------------------------

// The deployed function name a target stands for: a dumped ARN's function name, a template
// function's literal FunctionName, or the name of the dumped function it is joined with. "" when
// not known, and unknown is never a conflict.
std::string deployedName(const model::Model &model, const model::Target &target) {
  if (!target.function.empty()) {
    const model::Function *fn = model.findFunction(target.function);
    if (fn && !fn->name.empty())
      return fn->name;
    if (fn && !fn->sameAs.empty())
      if (const model::Function *deployed = model.findFunction(fn->sameAs))
        return deployed->name;
    return {};
  }
  if (target.form != model::Target::Form::Literal || target.partial ||
      target.literal.find(":function:") == std::string::npos)
    return {};
  return cognito::functionNameInArn(target.literal, false);
}

void checkTwoPlaces(const model::Model &model, const model::UserPool &declared, FindingSink &sink) {
  const model::UserPool *deployed = declared.sameAs.empty() ? nullptr : model.findPool(declared.sameAs);
  if (!deployed || declared.logicalId.empty())
    return;
  const std::string poolId = cognito::poolName(declared);
  std::vector<std::string> reported; // trigger types: the legacy and the config key are one trigger
  for (const auto &live : deployed->triggers) {
    if (!cognito::findTriggerKey(live.trigger) || live.targets.empty())
      continue;
    const std::string type = cognito::triggerTypeOf(live.trigger);
    if (std::find(reported.begin(), reported.end(), type) != reported.end())
      continue;
    const std::string liveName = deployedName(model, live.targets.front());
    const model::TriggerBinding *same = nullptr;
    bool matches = false, unknown = false;
    for (const auto &binding : declared.triggers) {
      if (cognito::triggerTypeOf(binding.trigger) != type)
        continue;
      same = same ? same : &binding;
      for (const auto &target : binding.targets) {
        std::string name = deployedName(model, target);
        unknown |= name.empty();
        matches |= name == liveName;
      }
    }
    if (liveName.empty() || matches || unknown)
      continue;
    if (same) {
      Finding &f = sink.report(live.keyLoc, "pool " + poolId + " is configured in two places: the deployed pool " +
                                                deployed->key + " invokes function " + liveName + " for " + type +
                                                ", but the template wires function " +
                                                deployedName(model, same->targets.front()) +
                                                "; the next deploy replaces one with the other, so keep the trigger "
                                                "in the template only");
      f.notes.push_back({same->keyLoc, "the template wires " + type + " here"});
      f.anchor = cognito::anchor({poolId, type, "deployed"});
    } else if (declared.condition.empty() && !declared.lambdaConfigUnknown) {
      // CloudFormation updates the whole LambdaConfig: what the template leaves out is removed.
      Finding &f = sink.report(
          live.keyLoc,
          "the deployed pool " + deployed->key + " has a " + live.trigger + " trigger (function " + liveName +
              ") that template pool " + poolId +
              " does not configure; it was set outside the template (console, CLI, another stack) and the next "
              "deploy removes it, so add it to the template's LambdaConfig",
          Severity::Warning);
      f.notes.push_back({declared.hasLambdaConfig ? declared.lambdaConfigLoc : declared.loc,
                         "template pool " + poolId + "'s LambdaConfig has no " + live.trigger});
      f.anchor = cognito::anchor({poolId, type, "deployed-only"});
    }
    reported.push_back(type);
  }
}

// Terraform's provider takes one lambda_config block: a second one (static or `dynamic`) fails
// `terraform validate` or, when `dynamic`, the plan. Reported once per pool, at the second block;
// the triggers in it are then not reported again one by one.
bool checkSecondBlock(const model::UserPool &pool, FindingSink &sink) {
  const auto &blocks = pool.lambdaConfigBlocks;
  for (size_t i = 1; i < blocks.size(); ++i)
    for (size_t j = 0; j < i; ++j) {
      if (blocks[i].condition.excludes(blocks[j].condition))
        continue;
      const std::string config(cognito::propertyName(pool, "LambdaConfig"));
      Finding &f = sink.report(blocks[i].loc, "pool " + cognito::poolName(pool) + " has a second " + config +
                                                  " block; the provider allows one ('Too many " + config +
                                                  " blocks') and rejects the configuration, so write every trigger "
                                                  "in one block");
      f.notes.push_back({blocks[j].loc, "first " + config + " block here"});
      cognito::addConditionNote(f, blocks[i].loc, blocks[i].condition && blocks[j].condition);
      f.anchor = cognito::anchor({cognito::poolName(pool), config, "blocks"});
      return true;
    }
  return false;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &pool : model.pools) {
    checkTwoPlaces(model, pool, sink);
    if (checkSecondBlock(pool, sink))
      continue;
    const auto &bindings = pool.triggers;
    for (size_t i = 0; i < bindings.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (bindings[j].trigger == bindings[i].trigger && canCoexist(bindings[j], bindings[i])) {
          reportDuplicate(model, pool, bindings[j], bindings[i], sink);
          break;
        }
    checkPreTokenGenerationPair(model, pool, sink);
  }
}

} // namespace

extern const Rule TL102_duplicate_trigger_handler{kInfo, &check};

} // namespace tl::rules
