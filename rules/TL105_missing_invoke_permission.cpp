// TL105 missing-invoke-permission: nothing lets Cognito invoke a trigger function of the template.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL105",
    .name = "missing-invoke-permission",
    .severity = Severity::Warning,
    .summary = "no AWS::Lambda::Permission lets cognito-idp.amazonaws.com invoke a trigger function",
    .whatItDoes = "For each trigger whose function is declared in the same template as the user pool, looks "
                  "for a Lambda permission (an AWS::Lambda::Permission, or the one a SAM Cognito event "
                  "generates) that lets cognito-idp.amazonaws.com call lambda:InvokeFunction on it. Permissions "
                  "whose function, principal or action cannot be resolved count as present.",
    .whyBad = "Outside the console, wiring a trigger does not grant Cognito the right to call it. The pool "
              "deploys fine and every flow that reaches the trigger fails at runtime with "
              "'UnexpectedLambdaException: <Trigger> invocation failed due to error AccessDeniedException' "
              "(sign-up, sign-in or token refresh, depending on the trigger).",
    .example = "Resources:\n"
               "  UserPool:\n"
               "    Type: AWS::Cognito::UserPool\n"
               "    Properties:\n"
               "      LambdaConfig:\n"
               "        PreSignUp: !GetAtt PreSignUpFn.Arn\n",
    .useInstead = "Resources:\n"
                  "  UserPool:\n"
                  "    Type: AWS::Cognito::UserPool\n"
                  "    Properties:\n"
                  "      LambdaConfig:\n"
                  "        PreSignUp: !GetAtt PreSignUpFn.Arn\n"
                  "  PreSignUpInvokePermission:\n"
                  "    Type: AWS::Lambda::Permission\n"
                  "    Properties:\n"
                  "      Action: lambda:InvokeFunction\n"
                  "      FunctionName: !GetAtt PreSignUpFn.Arn\n"
                  "      Principal: cognito-idp.amazonaws.com\n"
                  "      SourceArn: !GetAtt UserPool.Arn\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Cognito is the principal, or it is unknown, or it is everyone.
bool mayGrantCognito(const model::Permission &permission) {
  if (permission.principal.empty())
    return false;
  return std::any_of(permission.principal.begin(), permission.principal.end(), [](const model::Candidate &c) {
    return !c.value || *c.value == cognito::kCognitoPrincipal || *c.value == "*";
  });
}

// IAM action names are case-insensitive; lambda:* and * include InvokeFunction.
bool mayAllowInvoke(const model::Permission &permission) {
  if (permission.action.empty())
    return false;
  return std::any_of(permission.action.begin(), permission.action.end(), [](const model::Candidate &c) {
    if (!c.value)
      return true;
    std::string action = lower(*c.value);
    return action == "lambda:invokefunction" || action == "lambda:*" || action == "*";
  });
}

// The functions that some Cognito invoke permission may name, gathered once so that large
// templates stay linear: resolved function keys, literal names (plain or after ":function:"),
// and whether any permission names something unknown, which may be any function (unknown is
// not wrong).
struct CoveredFunctions {
  bool anything = false;
  std::unordered_set<std::string> keys;
  std::unordered_set<std::string> names;

  explicit CoveredFunctions(const model::Model &model) {
    for (const auto &p : model.permissions) {
      if (!mayGrantCognito(p) || !mayAllowInvoke(p))
        continue;
      for (const auto &target : p.function) {
        if (!target.function.empty())
          keys.insert(target.function);
        else if (target.form == model::Target::Form::Unknown || target.partial)
          anything = true;
        else if (target.form == model::Target::Form::Literal) {
          size_t at = target.literal.find(":function:");
          names.insert(at == std::string::npos ? target.literal : target.literal.substr(at + 10));
        }
      }
    }
  }

  bool covers(const model::Function &fn) const {
    return anything || keys.count(fn.key) || (!fn.name.empty() && names.count(fn.name));
  }
};

struct Use {
  const model::TriggerBinding *binding;
  const model::Target *target;
};

void report(const model::UserPool &pool, const model::Function &fn, const std::vector<Use> &uses, FindingSink &sink) {
  const model::TriggerBinding &first = *uses.front().binding;
  const model::Target &target = *uses.front().target;
  const std::string name = cognito::functionName(fn);
  Finding &f = sink.report(first.keyLoc,
                           "no Lambda permission lets cognito-idp.amazonaws.com invoke function " + name + ", the " +
                               first.trigger + " trigger of pool " + cognito::poolName(pool) +
                               ", so Cognito's calls fail with 'UnexpectedLambdaException: " +
                               std::string(cognito::findTriggerKey(first.trigger)->triggerType) +
                               " invocation failed due to error AccessDeniedException'; add an AWS::Lambda::Permission "
                               "for it with SourceArn: !GetAtt " +
                               cognito::poolName(pool) + ".Arn");
  f.notes.push_back({fn.loc, "function " + name + " is declared here"});
  for (size_t i = 1; i < uses.size(); ++i)
    if (uses[i].binding != &first)
      cognito::addBindingNote(f, pool, *uses[i].binding, "also ");
  cognito::addConditionNote(f, target.loc,
                            cognito::combineConditions({pool.condition, first.condition, target.condition}));
  f.anchor = cognito::anchor({cognito::poolName(pool), first.trigger, name});
}

void check(const model::Model &model, FindingSink &sink) {
  const CoveredFunctions covered(model);
  for (const auto &pool : model.pools) {
    // One finding per function: one permission fixes every trigger it serves for this pool.
    std::map<std::string, std::vector<Use>> uses;
    std::vector<const model::Function *> order;
    for (const auto &binding : pool.triggers) {
      if (!cognito::findTriggerKey(binding.trigger))
        continue; // not a trigger: TL103
      for (const auto &target : binding.targets) {
        const model::Function *fn = target.function.empty() ? nullptr : model.findFunction(target.function);
        if (!fn || fn->file != pool.file || fn->logicalId.empty()) // dumps: get-policy is not read yet
          continue;
        auto &list = uses[fn->key];
        if (list.empty())
          order.push_back(fn);
        list.push_back({&binding, &target});
      }
    }
    for (const model::Function *fn : order)
      if (!covered.covers(*fn))
        report(pool, *fn, uses[fn->key], sink);
  }
}

} // namespace

extern const Rule TL105_missing_invoke_permission{kInfo, &check};

} // namespace tl::rules
