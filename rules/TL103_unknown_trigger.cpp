// TL103 unknown-trigger: a LambdaConfig key or SAM Trigger that Cognito does not have, or a key
// written in the wrong shape; a trigger that a handler annotation or a config `handlers:` entry
// names and Cognito does not have.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <set>
#include <tuple>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL103",
    .name = "unknown-trigger",
    .severity = Severity::Error,
    .summary = "a LambdaConfig key, SAM Trigger, handler annotation or handlers: entry names no user pool "
               "trigger, or a key has the wrong shape",
    .whatItDoes = "Reports LambdaConfig keys and SAM Cognito event Triggers that are not user pool triggers, "
                  "with the closest real key (keys are case-sensitive: preSignUp is not PreSignUp). Also "
                  "reports a SAM Trigger naming CustomEmailSender, CustomSMSSender, PreTokenGenerationConfig, "
                  "InboundFederation or KMSKeyID, and LambdaConfig entries written in the wrong shape: an "
                  "object-valued key (CustomEmailSender, CustomSMSSender, PreTokenGenerationConfig, "
                  "InboundFederation) given a plain ARN, or an ARN-valued key given an object. In C++ "
                  "handlers, a name in a '// triggerlint: trigger=NAME' annotation (above a function or in "
                  "the file's leading comment block) and in a .triggerlint.yaml handlers: entry must be a "
                  "trigger key too, spelled exactly.",
    .whyBad = "CloudFormation rejects an unknown LambdaConfig property, so the stack fails to deploy; a typo "
              "that slips through another tool leaves the trigger unconfigured. The SAM transform does not "
              "check trigger names: it writes '<Trigger>: !GetAtt Fn.Arn' into the pool's LambdaConfig, a "
              "plain ARN where the object-valued keys need {LambdaArn, LambdaVersion} and KMSKeyID needs a "
              "KMS key ARN, so the deployment fails after the transform. Version 2 and 3 pre token "
              "generation and custom senders must be written in the pool's LambdaConfig. A misspelt "
              "annotation or handlers: entry ties the handler to no trigger, so the handler rules "
              "(TL201 and the others) silently check nothing.",
    .example = "PreTokenFn:\n"
               "  Type: AWS::Serverless::Function\n"
               "  Properties:\n"
               "    Events:\n"
               "      Tokens:\n"
               "        Type: Cognito\n"
               "        Properties: {UserPool: !Ref UserPool, Trigger: PreTokenGenerationConfig}\n",
    .useInstead = "UserPool:\n"
                  "  Type: AWS::Cognito::UserPool\n"
                  "  Properties:\n"
                  "    LambdaConfig:\n"
                  "      PreTokenGenerationConfig:\n"
                  "        LambdaArn: !GetAtt PreTokenFn.Arn\n"
                  "        LambdaVersion: V2_0\n",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                 "aws-properties-cognito-userpool-lambdaconfig.html",
};

using Via = model::TriggerBinding::Via;

std::string suggestion(const std::string &trigger) {
  std::optional<std::string_view> best = cognito::didYouMean(trigger, cognito::lambdaConfigKeyNames());
  return best ? "; did you mean '" + std::string(*best) + "'?" : "; use one of the LambdaConfig trigger keys";
}

// Names the function the entry points at, when it points at one (a KMS key ARN under a
// misspelt KMSKeyID does not).
std::string functionPhrase(const model::Model &model, const model::TriggerBinding &binding) {
  for (const model::Target &target : binding.targets) {
    bool literalFunction = target.form == model::Target::Form::Literal &&
                           cognito::matchLambdaFunctionArn(target.literal) != cognito::ArnMatch::Contradicts;
    if (!target.function.empty() || target.form == model::Target::Form::GetAtt ||
        target.form == model::Target::Form::Ref || literalFunction)
      return " (function " + cognito::targetName(model, target) + ")";
  }
  return {};
}

// "V1_0" or "V1_0, V2_0 or V3_0": what LambdaVersion may say for this key.
std::string versionChoice(const cognito::TriggerKey &key) {
  std::string out;
  for (size_t i = 0; i < key.lambdaVersions.size(); ++i)
    out += (i == 0 ? "" : i + 1 == key.lambdaVersions.size() ? " or " : ", ") + std::string(key.lambdaVersions[i]);
  return out;
}

// SAM writes every Trigger as `<Trigger>: !GetAtt Fn.Arn`: right only for ARN-valued triggers.
bool samCannotWrite(const std::string &trigger) {
  const cognito::TriggerKey *key = cognito::findTriggerKey(trigger);
  return trigger == cognito::kKmsKeyId || (key && key->objectValued);
}

void checkSamEvent(const model::UserPool &pool, const model::TriggerBinding &binding, FindingSink &sink) {
  const std::string event = "SAM event " + binding.samEvent + " of function " + binding.samFunction;
  std::string message;
  if (binding.trigger == cognito::kKmsKeyId)
    message = event +
              " names Trigger KMSKeyID, which is the custom senders' KMS key ARN, not a trigger; SAM "
              "would write the function ARN there, so set KMSKeyID in pool " +
              cognito::poolName(pool) + "'s LambdaConfig instead";
  else if (samCannotWrite(binding.trigger))
    message = event + " names Trigger " + binding.trigger + ", but SAM writes a plain function ARN where pool " +
              cognito::poolName(pool) + "'s LambdaConfig needs an object with LambdaArn and LambdaVersion; write " +
              binding.trigger + " in the pool's LambdaConfig instead";
  else if (!cognito::findTriggerKey(binding.trigger))
    message = event + " names Trigger '" + binding.trigger + "', which is not a trigger of pool " +
              cognito::poolName(pool) + suggestion(binding.trigger);
  else
    return;
  Finding &f = sink.report(binding.keyLoc, message);
  cognito::addConditionNote(f, binding.keyLoc, binding.condition);
  f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, binding.samFunction});
}

void checkLambdaConfigEntry(const model::Model &model, const model::UserPool &pool,
                            const model::TriggerBinding &binding, FindingSink &sink) {
  const std::string poolId = cognito::poolName(pool);
  const cognito::TriggerKey *key = cognito::findTriggerKey(binding.trigger);
  std::string message;
  if (!key)
    message = "'" + binding.trigger + "'" + functionPhrase(model, binding) + " is not a LambdaConfig key of pool " +
              poolId + suggestion(binding.trigger);
  else if (key->objectValued && binding.stringValued)
    message = "pool " + poolId + "'s " + binding.trigger + functionPhrase(model, binding) +
              " must be an object with LambdaArn and LambdaVersion, not a plain ARN; write LambdaArn: <the ARN> "
              "and LambdaVersion: " +
              versionChoice(*key) + " under it";
  else if (!key->objectValued && binding.objectValued)
    message = "pool " + poolId + "'s " + binding.trigger + functionPhrase(model, binding) +
              " takes the function ARN as a string, not an object; write " + binding.trigger +
              ": !GetAtt <Function>.Arn";
  else
    return;
  Finding &f = sink.report(binding.keyLoc, message);
  cognito::addConditionNote(f, binding.keyLoc, binding.condition);
  f.anchor = cognito::anchor({poolId, binding.trigger});
}

// Annotations and handlers: entries name triggers, not LambdaConfig entries: KMSKeyID is no
// suggestion there.
std::string triggerSuggestion(const std::string &name) {
  std::vector<std::string_view> names;
  for (const cognito::TriggerKey &key : cognito::triggerKeys())
    names.push_back(key.name);
  std::optional<std::string_view> best = cognito::didYouMean(name, names);
  return best ? "; did you mean '" + std::string(*best) + "'?" : "; use a LambdaConfig trigger key such as PostAuthentication";
}

// Every handler of a file shares the file's leading annotation: `seen` keeps it to one finding.
void checkAnnotations(const model::Handler &handler, std::set<std::tuple<std::string, uint32_t, uint32_t>> &seen,
                      FindingSink &sink) {
  for (size_t i = 0; i < handler.annotatedTriggers.size(); ++i) {
    const std::string &name = handler.annotatedTriggers[i];
    const Location &loc =
        i < handler.annotatedTriggerLocs.size() ? handler.annotatedTriggerLocs[i] : handler.annotationLoc;
    if (cognito::findTriggerKey(name) || !seen.insert({loc.file, loc.line, loc.column}).second)
      continue;
    Finding &f = sink.report(loc, "'" + name +
                                      "' in this triggerlint annotation is not a user pool trigger, so the handlers it "
                                      "annotates are tied to no trigger" +
                                      triggerSuggestion(name));
    f.anchor = cognito::anchor({handler.file, "annotation", name});
  }
}

void checkMappedTrigger(const model::MappedTrigger &mapped, FindingSink &sink) {
  if (cognito::findTriggerKey(mapped.name))
    return;
  Finding &f = sink.report(mapped.loc, "'" + mapped.name + "' in the handlers: entry for " + mapped.glob +
                                           " is not a user pool trigger, so the sources it matches are tied to no "
                                           "trigger" +
                                           triggerSuggestion(mapped.name));
  f.anchor = cognito::anchor({"handlers", mapped.glob, mapped.name});
}

void check(const model::Model &model, FindingSink &sink) {
  std::set<std::tuple<std::string, uint32_t, uint32_t>> seen;
  for (const model::Handler &handler : model.handlers)
    checkAnnotations(handler, seen, sink);
  for (const model::MappedTrigger &mapped : model.mappedTriggers)
    checkMappedTrigger(mapped, sink);
  for (const auto &pool : model.pools)
    for (const auto &binding : pool.triggers) {
      if (binding.via == Via::SamEvent)
        checkSamEvent(pool, binding, sink);
      else
        checkLambdaConfigEntry(model, pool, binding, sink);
    }
}

} // namespace

extern const Rule TL103_unknown_trigger{kInfo, &check};

} // namespace tl::rules
