// TL101 trigger-timeout: a function behind a synchronous trigger may run longer than Cognito waits.
#include "cognito_triggers.h"
#include "engine/rule.h"
#include "model/declaration_scope.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL101",
    .name = "trigger-timeout",
    .severity = Severity::Error,
    .summary = "a function bound to a synchronous trigger has a Timeout above the 5 s Cognito waits",
    .whatItDoes = "Finds functions bound to a synchronous user pool trigger (every trigger except "
                  "CustomEmailSender and CustomSMSSender) whose effective Timeout is above 5 seconds: the "
                  "value on the resource, inherited from SAM Globals, taken from a parameter default (a "
                  "warning, since it can be overridden at deploy time), or read from a deployed function. "
                  "A function that is tied to Cognito only by a cognito-idp.amazonaws.com invoke permission "
                  "(its pool is configured elsewhere) is reported as a warning, because its trigger type is "
                  "unknown and it may be an asynchronous custom sender; it is not reported at all when it "
                  "holds a reference to a KMS key, as custom senders do to decrypt the codes they send. When a "
                  "template function and a function dump are the same function (same FunctionName, or the name "
                  "CloudFormation generated from the logical id), the deployed value is the one reported; a "
                  "template value above 5 s that is not deployed yet is reported with a note on the deployed one.",
    .whyBad = "Cognito waits at most 5 seconds for a synchronous trigger; the limit cannot be changed. A "
              "longer Lambda Timeout buys nothing: Cognito gives up, fails the flow with "
              "UnexpectedLambdaException (\"... invocation failed due to error Socket timeout while invoking "
              "Lambda function\"), and may retry while the first run is still going, so side effects such "
              "as sending a message or writing a record happen more than once. Study material that says "
              "\"the trigger timeout is 5 seconds\" hides that the function's own Timeout (default 3 s, up to "
              "900 s) is separate and that the smaller of the two wins per attempt.",
    .example = "Globals:\n"
               "  Function:\n"
               "    Timeout: 30\n"
               "Resources:\n"
               "  PreSignUpFn:\n"
               "    Type: AWS::Serverless::Function\n"
               "    Properties:\n"
               "      Runtime: provided.al2023\n"
               "      Handler: bootstrap\n"
               "      CodeUri: build/\n"
               "      Events:\n"
               "        SignUp:\n"
               "          Type: Cognito\n"
               "          Properties: {UserPool: !Ref UserPool, Trigger: PreSignUp}\n",
    .useInstead = "Globals:\n"
                  "  Function:\n"
                  "    Timeout: 30\n"
                  "Resources:\n"
                  "  PreSignUpFn:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      Runtime: provided.al2023\n"
                  "      Handler: bootstrap\n"
                  "      CodeUri: build/\n"
                  "      Timeout: 5\n"
                  "      Events:\n"
                  "        SignUp:\n"
                  "          Type: Cognito\n"
                  "          Properties: {UserPool: !Ref UserPool, Trigger: PreSignUp}\n",
    .inTerraform = "Reads `timeout` of each `aws_lambda_function` a pool's `lambda_config` names (3 when not "
                   "set, the provider's default), in `.tf` and `.tf.json` files and in `terraform show "
                   "-json` plans and state. A timeout from a variable's default is a warning that names the "
                   "variable (`-var`, a `.tfvars` file or a module call can override it); one from "
                   "terraform.tfvars or a *.auto.tfvars file, which `terraform plan` loads, is an error with "
                   "a note at the value, and so is a plan's, which is what will be deployed. A function that only an "
                   "`aws_lambda_permission` for cognito-idp.amazonaws.com ties to Cognito is a warning, and "
                   "is not reported when it holds an `aws_kms_key` (a custom sender).",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// Cognito's fixed wait for a synchronous trigger, in seconds.
constexpr long long kCognitoWaitSeconds = 5;

// Custom senders are invoked asynchronously: Cognito does not wait, so a long Timeout is fine.
// Keys that are not triggers at all are TL103's business.
bool isSynchronousTrigger(const std::string &trigger) {
  const cognito::TriggerKey *key = cognito::findTriggerKey(trigger);
  return key && key->invocation == cognito::Invocation::Synchronous;
}

// An unknown Timeout (no default, SSM, another stack) is never guessed at; only a known whole
// number of seconds above Cognito's wait is a finding.
std::optional<long long> excessiveTimeout(const model::Candidate &candidate) {
  if (!candidate.value)
    return std::nullopt;
  std::optional<long long> seconds = cognito::parseInteger(*candidate.value);
  if (!seconds || *seconds <= kCognitoWaitSeconds)
    return std::nullopt;
  return seconds;
}

// Custom senders decrypt the codes Cognito sends them with the pool's KMS key, so they hold a
// reference to a key. A function Cognito may invoke that holds one is most likely a sender, which
// Cognito calls asynchronously: its trigger type stays unknown, and unknown is not wrong.
std::unordered_set<std::string> functionsHoldingKmsKeys(const model::Model &model) {
  std::unordered_set<std::string> keys;
  for (const auto &ref : model.references)
    if (ref.toType == "AWS::KMS::Key")
      keys.insert(model::resourceKey(model::declarationScope(ref.loc.file), ref.from));
  return keys;
}

struct Use {
  const model::UserPool *pool;
  const model::TriggerBinding *binding;
  model::Condition condition; // the binding and target conditions together
};

std::string originPhrase(Finding &f, const model::Candidate &timeout, const model::Function &fn, long long seconds) {
  const std::string name = cognito::functionName(fn);
  const std::string property(cognito::propertyName(fn, "Timeout"));
  const std::string value = property + " of " + std::to_string(seconds) + " s";
  std::string phrase = cognito::addOriginNote(f, timeout.origin, timeout.originLoc, timeout.originName,
                                              property + " " + std::to_string(seconds));
  if (timeout.origin == model::Origin::Dump)
    return "deployed function " + name + " has a " + value;
  if (phrase.empty())
    return "function " + name + " has a " + value;
  if (timeout.origin == model::Origin::Globals)
    return "function " + name + " inherits a " + value + " from Globals";
  return "function " + name + " has a " + value + " " + phrase;
}

// The function matters as a trigger unconditionally if any of its bindings is unconditional.
model::Condition useCondition(const std::vector<Use> &uses) {
  for (const Use &use : uses)
    if (use.condition.empty())
      return {};
  return uses.front().condition;
}

// A note on the same function's Timeout as the other input has it: the template's declaration
// under a deployed value, or the deployed value under a template's.
void addJoinedNote(Finding &f, const model::Function &other) {
  for (const model::Candidate &timeout : other.timeout) {
    if (!timeout.value)
      continue;
    if (other.logicalId.empty())
      f.notes.push_back({timeout.loc, "deployed with a Timeout of " + *timeout.value +
                                          " s; the next deploy of the template applies its value"});
    else if (timeout.origin == model::Origin::ServiceDefault)
      f.notes.push_back({other.loc, "the template declares function " + cognito::functionName(other) +
                                        " here without a Timeout (Lambda's default of 3 s)"});
    else
      f.notes.push_back({timeout.loc, "the template declares Timeout " + *timeout.value + " here"});
    return;
  }
}

void reportBound(const model::Function &fn, const std::vector<Use> &uses, FindingSink &sink,
                 const model::Function *joined = nullptr) {
  const Use &first = uses.front();
  const std::string name = cognito::functionName(fn);
  for (const model::Candidate &timeout : fn.timeout) {
    std::optional<long long> seconds = excessiveTimeout(timeout);
    if (!seconds)
      continue;
    Finding &f = sink.report(timeout.loc, "", cognito::severityFor(timeout.origin, Severity::Error));
    for (const Use &use : uses)
      cognito::addBindingNote(f, *use.pool, *use.binding);
    std::string subject = originPhrase(f, timeout, fn, *seconds);
    f.message = subject + ", but Cognito waits only 5 s for the synchronous " +
                cognito::triggerName(*first.pool, first.binding->trigger) + " trigger of pool " +
                cognito::poolName(*first.pool) + "; set its " + std::string(cognito::propertyName(fn, "Timeout")) +
                " to 5 or less";
    if (joined)
      addJoinedNote(f, *joined);
    cognito::addConditionNote(f, timeout.loc, (timeout.condition && useCondition(uses)));
    f.anchor = cognito::anchor({cognito::poolName(*first.pool), first.binding->trigger, name});
  }
}

bool anyExcessive(const model::Function &fn) {
  return std::any_of(fn.timeout.begin(), fn.timeout.end(),
                     [](const model::Candidate &c) { return excessiveTimeout(c).has_value(); });
}

// A template function that is deployed: what is deployed is what Cognito waits for. A deployed
// value that a dump binding reports already is not repeated; a template value that is not deployed
// yet is still reported, since the next deploy applies it.
void reportJoined(const model::Function &declared, const model::Function &deployed, const std::vector<Use> &uses,
                  bool deployedReported, FindingSink &sink) {
  if (anyExcessive(deployed)) {
    if (!deployedReported)
      reportBound(deployed, uses, sink, &declared);
    return;
  }
  reportBound(declared, uses, sink, &deployed);
}

void reportPermissionOnly(const model::Function &fn, const model::Permission &permission, FindingSink &sink) {
  const std::string name = cognito::functionName(fn);
  const std::string permissionId =
      permission.logicalId.empty() ? cognito::displayId(permission.key) : permission.logicalId.str();
  for (const model::Candidate &timeout : fn.timeout) {
    std::optional<long long> seconds = excessiveTimeout(timeout);
    if (!seconds)
      continue;
    Finding &f = sink.report(timeout.loc, "", Severity::Warning);
    std::string subject = originPhrase(f, timeout, fn, *seconds);
    f.message = subject + " and permission " + permissionId +
                " lets Cognito invoke it, but Cognito waits only 5 s for a synchronous trigger; set its " +
                std::string(cognito::propertyName(fn, "Timeout")) + " to 5 or less unless it is a custom sender";
    f.notes.push_back({permission.loc, "cognito-idp.amazonaws.com may invoke " + name +
                                           " through this permission; its user pool is not among the inputs, so "
                                           "the trigger type is unknown and it may be an asynchronous custom sender"});
    cognito::addConditionNote(f, timeout.loc, (timeout.condition && permission.condition));
    f.anchor = cognito::anchor({permissionId, name});
  }
}

void check(const model::Model &model, FindingSink &sink) {
  // Every synchronous use of each function, in document order (pools, then their bindings).
  std::map<std::string, std::vector<Use>> uses;
  std::vector<std::string> order;
  std::set<std::string> boundAnywhere; // bound to any trigger of any pool, synchronous or not
  for (const auto &pool : model.pools)
    for (const auto &binding : pool.triggers)
      for (const auto &target : binding.targets) {
        if (target.function.empty())
          continue;
        boundAnywhere.insert(target.function);
        if (!isSynchronousTrigger(binding.trigger))
          continue;
        auto &list = uses[target.function];
        if (list.empty())
          order.push_back(target.function);
        bool seen = false;
        for (const Use &use : list)
          seen |= use.binding == &binding;
        if (!seen)
          list.push_back({&pool, &binding, (pool.condition && binding.condition && target.condition)});
      }
  for (const std::string &key : order) {
    const model::Function *fn = model.findFunction(key);
    if (!fn)
      continue;
    const model::Function *joined = fn->sameAs.empty() ? nullptr : model.findFunction(fn->sameAs);
    if (joined && !fn->logicalId.empty())
      reportJoined(*fn, *joined, uses[key], uses.count(joined->key) > 0, sink);
    else
      reportBound(*fn, uses[key], sink, joined);
  }

  // Functions whose pool lives elsewhere: only a Cognito invoke permission ties them to it.
  const std::unordered_set<std::string> likelySenders = functionsHoldingKmsKeys(model);
  std::set<std::string> reported;
  for (const auto &permission : model.permissions) {
    if (!cognito::knownCognitoPrincipal(permission))
      continue;
    for (const auto &target : permission.function) {
      if (target.function.empty() || boundAnywhere.count(target.function) || likelySenders.count(target.function) ||
          !reported.insert(target.function).second)
        continue;
      if (const model::Function *fn = model.findFunction(target.function))
        reportPermissionOnly(*fn, permission, sink);
    }
  }
}

} // namespace

extern const Rule TL101_trigger_timeout{kInfo, &check};

} // namespace tl::rules
