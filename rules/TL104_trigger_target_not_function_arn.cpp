// TL104 trigger-target-not-function-arn: a trigger is given something other than a Lambda
// function ARN.
#include "cognito_triggers.h"
#include "engine/rule.h"
#include "model/declaration_scope.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL104",
    .name = "trigger-target-not-function-arn",
    .severity = Severity::Error,
    .summary = "a trigger's target is not a Lambda function ARN",
    .whatItDoes = "Checks what each trigger points at: !Ref of a Lambda or SAM function (which gives the "
                  "function's name), !GetAtt of a resource that does not exist or is not a function, alias or "
                  "version, !GetAtt of an attribute that is not an ARN, and literal or partly known values "
                  "(Fn::Sub, parameter defaults) that cannot be a Lambda function ARN "
                  "(arn:<partition>:lambda:<region>:<account>:function:<name>[:<alias or version>]). Values "
                  "that cannot be resolved (Fn::ImportValue, SSM parameters) are not reported, nor are resources an "
                  "Fn::ForEach loop of AWS::LanguageExtensions may generate. A function created under a resource "
                  "Condition that the trigger does not share (the pool, the LambdaConfig entry or its Fn::If "
                  "branch; SAM Cognito events are always unconditional) is a warning naming the condition: the "
                  "stack deploys only while that condition holds. In an audit, a trigger "
                  "ARN for which get-function-configuration answered ResourceNotFoundException (recorded by "
                  "`triggerlint collect`) names a function that does not exist.",
    .whyBad = "Cognito stores a trigger as a function ARN. A function name or another resource's ARN fails "
              "the API's ARN check, so the stack does not deploy, or, when the text happens to look like an "
              "ARN, the pool deploys and every flow that reaches the trigger fails at runtime with "
              "UnexpectedLambdaException. `!Ref` of a function is the classic slip: for "
              "AWS::Lambda::Function and AWS::Serverless::Function it returns the name, while for an alias "
              "or a version it returns the ARN.",
    .example = "UserPool:\n"
               "  Type: AWS::Cognito::UserPool\n"
               "  Properties:\n"
               "    LambdaConfig:\n"
               "      PostAuthentication: !Ref PostAuthFn\n",
    .useInstead = "UserPool:\n"
                  "  Type: AWS::Cognito::UserPool\n"
                  "  Properties:\n"
                  "    LambdaConfig:\n"
                  "      PostAuthentication: !GetAtt PostAuthFn.Arn\n",
    .inTerraform = "Reads the string triggers of `lambda_config` and the `lambda_arn` of its three blocks: a "
                   "function's `.function_name` or `.id` (its name), `.invoke_arn` (API Gateway's URI), "
                   "another resource's attribute, or a literal that is not a Lambda ARN. In a plan, a "
                   "planned value the configuration wrote as a resource's attribute is described by that "
                   "attribute.",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                 "aws-properties-cognito-userpool-lambdaconfig.html",
};

using Form = model::Target::Form;

bool isFunctionType(const std::string &type) {
  return type == "AWS::Lambda::Function" || type == "AWS::Serverless::Function";
}

// Ref of an alias or version returns its (qualified) ARN.
bool isQualifiedType(const std::string &type) { return type == "AWS::Lambda::Alias" || type == "AWS::Lambda::Version"; }

// A custom resource returns whatever its provider says; nothing is known about it.
bool isCustomResource(const std::string &type) {
  return type.rfind("Custom::", 0) == 0 || type == "AWS::CloudFormation::CustomResource";
}

// The attributes that give an invocable ARN: a function's Arn (SAM also exposes the Alias of an
// AutoPublishAlias function), an alias's AliasArn, a version's FunctionArn (the version ARN).
bool isArnAttribute(const std::string &type, const std::string &attribute) {
  if (type == "AWS::Lambda::Function")
    return attribute == "Arn";
  if (type == "AWS::Serverless::Function")
    return attribute == "Arn" || attribute == "Alias";
  if (type == "AWS::Lambda::Alias")
    return attribute == "Arn" || attribute == "AliasArn";
  if (type == "AWS::Lambda::Version")
    return attribute == "Arn" || attribute == "FunctionArn";
  return true;
}

// Template functions by file and the ARNs get-function-configuration found missing, gathered once:
// looking through every function of every template (and every failed call) per binding was
// quadratic in the number of templates.
struct Lookups {
  std::unordered_map<std::string_view, std::vector<const model::Function *>> functionsByFile; // model order
  std::unordered_set<std::string_view> missingFunctions;

  explicit Lookups(const model::Model &model) {
    for (const auto &fn : model.functions)
      if (!fn.logicalId.empty())
        functionsByFile[fn.file].push_back(&fn);
    for (const auto &call : model.failedCalls)
      if (call.operation == "get-function-configuration" && call.errorCode == "ResourceNotFoundException")
        missingFunctions.insert(call.subject);
  }

  const std::vector<const model::Function *> &functionsIn(const std::string &file) const {
    static const std::vector<const model::Function *> kNone;
    auto it = functionsByFile.find(file);
    return it == functionsByFile.end() ? kNone : it->second;
  }
};

// SAM generates <Function>Alias<Name> and <Function>Version<Hash> resources for AutoPublishAlias;
// they are real at deploy time although no template declares them.
bool isSamGeneratedName(const Lookups &lookups, const model::UserPool &pool, const std::string &resource) {
  for (const model::Function *fn : lookups.functionsIn(pool.file))
    if (fn->type == "AWS::Serverless::Function" && resource.size() > fn->logicalId.size() &&
        resource.rfind(fn->logicalId, 0) == 0) {
      std::string_view rest = std::string_view(resource).substr(fn->logicalId.size());
      if (rest.rfind("Alias", 0) == 0 || rest.rfind("Version", 0) == 0)
        return true;
    }
  return false;
}

std::string closestFunction(const Lookups &lookups, const model::UserPool &pool, const std::string &resource) {
  std::vector<std::string_view> names;
  for (const model::Function *fn : lookups.functionsIn(pool.file))
    names.push_back(fn->logicalId);
  std::optional<std::string_view> best = cognito::didYouMean(resource, names);
  return best ? " (did you mean " + std::string(*best) + "?)" : "";
}

// The same judgement in Terraform's words: references are `type.name.attribute`, and a
// reference to an undeclared resource is an error `terraform validate` reports first.
std::string terraformProblem(const model::Target &target) {
  const bool function = isFunctionType(target.resourceType), alias = target.resourceType == "AWS::Lambda::Alias";
  switch (target.form) {
  case Form::Unknown:
    return {};
  case Form::Ref:
    if (!target.resourceExists)
      return {};
    return function ? "uses " + target.resource + ".function_name, the function's name, not its ARN; use " +
                          target.resource + ".arn"
                    : "uses " + target.resource +
                          ".id, which is not a Lambda function ARN; use "
                          "aws_lambda_function.<name>.arn";
  case Form::GetAtt:
    if (!target.resourceExists)
      return {};
    if (!function && !alias)
      return "names " + target.resource + ", not a Lambda function or alias; use aws_lambda_function.<name>.arn";
    if (!isArnAttribute(target.resourceType, target.attribute))
      return "uses " + target.resource + "." + target.attribute + ", which is not a function ARN" +
             (target.attribute == "invoke_arn" ? " (it is API Gateway's integration URI)" : "") + "; use " +
             target.resource + ".arn";
    return {};
  case Form::Literal:
    if (cognito::matchLambdaFunctionArn(target.literal) != cognito::ArnMatch::Contradicts)
      return {};
    return std::string(target.partial ? "is built as" : "is") + " \"" + target.literal +
           "\", which is not a Lambda function ARN; use arn:<partition>:lambda:<region>:<account>:function:<name> or "
           "aws_lambda_function.<name>.arn";
  }
  return {};
}

// The problem with `target` as a trigger's function ARN, or "" when it is (or may be) fine.
std::string problem(const Lookups &lookups, const model::UserPool &pool, const model::Target &target) {
  if (cognito::isTerraform(pool))
    return terraformProblem(target);
  switch (target.form) {
  case Form::Unknown:
    return {};
  case Form::Ref:
    if (!target.resourceExists || isQualifiedType(target.resourceType) || isCustomResource(target.resourceType))
      return {}; // a missing resource here is a parameter or pseudo parameter the frontend could not resolve
    if (isFunctionType(target.resourceType))
      return "uses !Ref " + target.resource + ", which gives the function's name, not its ARN; use !GetAtt " +
             target.resource + ".Arn";
    return "uses !Ref " + target.resource + ", an " + target.resourceType +
           ", which is not a Lambda function ARN; use !GetAtt <Function>.Arn";
  case Form::GetAtt:
    if (!target.resourceExists) {
      if (isSamGeneratedName(lookups, pool, target.resource))
        return {};
      return "names resource " + target.resource + closestFunction(lookups, pool, target.resource) +
             ", which does not exist in the template; use !GetAtt <Function>.Arn of a function it declares";
    }
    if (isCustomResource(target.resourceType))
      return {};
    if (!isFunctionType(target.resourceType) && !isQualifiedType(target.resourceType))
      return "names " + target.resource + ", an " + target.resourceType +
             ", not a Lambda function, alias or version; use !GetAtt <Function>.Arn";
    if (!isArnAttribute(target.resourceType, target.attribute))
      return "uses !GetAtt " + target.resource + "." + target.attribute + ", which is not an ARN; use !GetAtt " +
             target.resource +
             (target.resourceType == "AWS::Lambda::Alias"     ? ".AliasArn"
              : target.resourceType == "AWS::Lambda::Version" ? ".FunctionArn"
                                                              : ".Arn");
    return {};
  case Form::Literal:
    if (cognito::matchLambdaFunctionArn(target.literal) != cognito::ArnMatch::Contradicts)
      return {};
    return std::string(target.partial ? "is built as" : "is") + " '" + target.literal +
           "', which is not a Lambda function ARN; use arn:<partition>:lambda:<region>:<account>:function:<name> "
           "or !GetAtt <Function>.Arn";
  }
  return {};
}

// A deployed trigger whose function is gone: collect recorded get-function-configuration's answer.
std::string missingFunction(const model::Model &model, const Lookups &lookups, const model::Target &target) {
  if (target.form != Form::Literal || !target.function.empty() || !lookups.missingFunctions.count(target.literal))
    return {};
  return "names function " + cognito::targetName(model, target) +
         ", which does not exist (get-function-configuration answered ResourceNotFoundException), so every flow "
         "that reaches the trigger fails with UnexpectedLambdaException; deploy the function or point the "
         "trigger at one that exists";
}

// A function created under a Condition the trigger does not share: when the condition is false
// the pool names a resource that does not exist and CloudFormation rejects the stack.
struct ConditionalTarget {
  std::string what;
  Severity severity = Severity::Warning;
};

ConditionalTarget conditionalFunction(const model::Model &model, const model::TriggerBinding &binding,
                                      const model::Target &target, const model::Condition &useCondition) {
  if (target.function.empty() || target.exportLoc.known())
    return {}; // another stack's function: its Condition is that stack's affair
  const model::Function *fn = model.findFunction(target.function);
  if (!fn || fn->condition.empty() || fn->logicalId.empty() || !model::sameScope(fn->file, binding.keyLoc.file) ||
      useCondition.implies(fn->condition))
    return {};
  const std::string name = fn->logicalId;
  const std::string condition = fn->condition.text();
  const std::string fix = binding.via == model::TriggerBinding::Via::SamEvent
                              ? "give the pool the same Condition, or bind the trigger in LambdaConfig with !If [" +
                                    condition + ", !GetAtt " + name + ".Arn, !Ref AWS::NoValue]"
                              : "give the pool the same Condition or write !If [" + condition + ", !GetAtt " + name +
                                    ".Arn, !Ref AWS::NoValue]";
  if (useCondition.excludes(fn->condition))
    return {"names function " + name + " only when condition " + condition + " is false, but " + name +
                " is created only when it is true, so CloudFormation always rejects the stack with 'Unresolved "
                "resource dependencies [" +
                name + "]'; " + fix,
            Severity::Error};
  std::string how = binding.via == model::TriggerBinding::Via::SamEvent
                        ? "SAM adds the trigger to the pool whether or not " + condition + " holds"
                        : "the trigger does not depend on " + condition;
  return {"names function " + name + ", which is created only when condition " + condition + " is true, and " + how +
              ": a deploy with " + condition + " false fails with 'Unresolved resource dependencies [" + name +
              "] in the Resources block of the template'; " + fix,
          Severity::Warning};
}

void check(const model::Model &model, FindingSink &sink) {
  const Lookups lookups(model);
  for (const auto &pool : model.pools)
    for (const auto &binding : pool.triggers) {
      // An entry that is no trigger (a misspelt key, KMSKeyID's value) is TL103's finding;
      // its value is checked once the key is right.
      if (!cognito::findTriggerKey(binding.trigger))
        continue;
      for (const auto &target : binding.targets) {
        std::string what = problem(lookups, pool, target);
        Severity severity = cognito::severityFor(target.origin, Severity::Error);
        const model::Condition useCondition = (pool.condition && binding.condition && target.condition);
        const model::Function *conditional = nullptr;
        if (what.empty() && binding.via == model::TriggerBinding::Via::Dump)
          what = missingFunction(model, lookups, target);
        if (what.empty()) {
          ConditionalTarget c = conditionalFunction(model, binding, target, useCondition);
          what = std::move(c.what);
          severity = c.severity;
          conditional = what.empty() ? nullptr : model.findFunction(target.function);
        }
        if (what.empty())
          continue;
        Finding &f = sink.report(target.loc,
                                 "the " + cognito::triggerName(pool, binding.trigger) + " trigger of pool " +
                                     cognito::poolName(pool) + " " + what,
                                 severity);
        cognito::addOriginNote(f, target.origin, target.originLoc, target.originName, "the value");
        cognito::addConditionNote(f, target.loc, useCondition);
        if (conditional)
          f.notes.push_back({conditional->loc, "function " + std::string(conditional->logicalId) +
                                                   " has Condition: " + conditional->condition.text()});
        f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, cognito::targetName(model, target)});
      }
    }
}

} // namespace

extern const Rule TL104_trigger_target_not_function_arn{kInfo, &check};

} // namespace tl::rules
