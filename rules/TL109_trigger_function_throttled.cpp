// TL109 trigger-function-throttled: a trigger function that may never run.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <map>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL109",
    .name = "trigger-function-throttled",
    .severity = Severity::Error,
    .summary = "a trigger function has ReservedConcurrentExecutions 0, so every invocation is throttled",
    .whatItDoes = "Reports functions bound to a user pool trigger whose reserved concurrency is 0, written on "
                  "the resource, inherited from SAM Globals, taken from a parameter default (a warning: it can "
                  "be overridden at deploy time) or read from a deployed function.",
    .whyBad = "Reserved concurrency 0 is Lambda's off switch: every invocation is throttled. Cognito then "
              "fails the flow with UnexpectedLambdaException (sign-up, sign-in, token issue, or, for a "
              "custom sender, the message is never delivered). It is sometimes left behind after an incident "
              "or set through a shared Globals section meant for other functions.",
    .example = "PreSignUpFn:\n"
               "  Type: AWS::Lambda::Function\n"
               "  Properties:\n"
               "    ReservedConcurrentExecutions: 0\n",
    .useInstead = "PreSignUpFn:\n"
                  "  Type: AWS::Lambda::Function\n"
                  "  Properties:\n"
                  "    ReservedConcurrentExecutions: 10\n",
    .inTerraform = "Reports `reserved_concurrent_executions = 0` on a trigger function; -1, the provider's "
                   "default that plans print, is unreserved.",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// Zero reserved concurrency throttles every call; unknown values are not guessed at.
bool isZero(const model::Candidate &candidate) {
  std::optional<long long> n = candidate.value ? cognito::parseInteger(*candidate.value) : std::nullopt;
  return n && *n == 0;
}

struct Use {
  const model::UserPool *pool;
  const model::TriggerBinding *binding;
  model::Condition condition;
};

void report(const model::Function &fn, const std::vector<Use> &uses, FindingSink &sink) {
  const Use &first = uses.front();
  const std::string name = cognito::functionName(fn);
  for (const model::Candidate &reserved : fn.reservedConcurrency) {
    if (!isZero(reserved))
      continue;
    Finding &f = sink.report(reserved.loc, "", cognito::severityFor(reserved.origin, Severity::Error));
    for (const Use &use : uses)
      cognito::addBindingNote(f, *use.pool, *use.binding);
    const std::string property(cognito::propertyName(fn, "ReservedConcurrentExecutions"));
    std::string phrase =
        cognito::addOriginNote(f, reserved.origin, reserved.originLoc, reserved.originName, property + " 0");
    f.message = "function " + name + ", the " + cognito::triggerName(*first.pool, first.binding->trigger) +
                " trigger of pool " + cognito::poolName(*first.pool) + ", has " + property + " 0" +
                (phrase.empty() ? "" : " " + phrase) +
                ", so Lambda throttles every invocation and the flow fails with UnexpectedLambdaException; remove "
                "the setting or raise it";
    cognito::addConditionNote(f, reserved.loc, (reserved.condition && first.condition));
    f.anchor = cognito::anchor({cognito::poolName(*first.pool), first.binding->trigger, name});
  }
}

void check(const model::Model &model, FindingSink &sink) {
  std::map<std::string, std::vector<Use>> uses;
  std::vector<std::string> order;
  for (const auto &pool : model.pools)
    for (const auto &binding : pool.triggers) {
      if (!cognito::findTriggerKey(binding.trigger))
        continue; // not a trigger: TL103
      for (const auto &target : binding.targets) {
        if (target.function.empty())
          continue;
        auto &list = uses[target.function];
        if (list.empty())
          order.push_back(target.function);
        if (list.empty() || list.back().binding != &binding)
          list.push_back({&pool, &binding, (pool.condition && binding.condition && target.condition)});
      }
    }
  for (const std::string &key : order)
    if (const model::Function *fn = model.findFunction(key))
      report(*fn, uses[key], sink);
}

} // namespace

extern const Rule TL109_trigger_function_throttled{kInfo, &check};

} // namespace tl::rules
