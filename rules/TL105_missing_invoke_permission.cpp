// TL105 missing-invoke-permission: nothing lets Cognito invoke a trigger function of the template.
#include "cognito_triggers.h"
#include "engine/rule.h"
#include "model/declaration_scope.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL105",
    .name = "missing-invoke-permission",
    .severity = Severity::Warning,
    .summary = "no Lambda permission lets cognito-idp.amazonaws.com invoke a trigger function",
    .whatItDoes =
        "For each trigger whose function is declared in the same template as the user pool, looks "
        "for a Lambda permission (an AWS::Lambda::Permission, or the one a SAM Cognito event "
        "generates) that lets cognito-idp.amazonaws.com call lambda:InvokeFunction on it for that pool: a "
        "permission whose SourceArn is `!GetAtt` of another pool of the template, or that cannot be a user pool ARN "
        "(not an ARN, such as a parameter default 'arn'; an ARN of another service or resource; "
        "`userpool/${OtherPool}` in an Fn::Sub), does not count, and a note at it says why. SAM "
        "generates one `<Function>CognitoPermission` per function, scoped to the pool of its last Cognito "
        "event by event name, so a function bound to two pools by SAM events lacks a permission for the "
        "other pool. Permissions whose function, principal, action or SourceArn cannot be resolved count "
        "as present. In an audit, the "
        "get-policy output of the trigger's ARN (qualifier included: a permission on the function does "
        "not cover an alias) must hold such a statement whose SourceArn, if any, admits the pool's ARN; "
        "a get-policy call that found no policy means no permission. Without get-policy output for the "
        "ARN nothing is reported (TL003 says so).",
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
    .inTerraform = "Looks for an `aws_lambda_permission` with `principal = \"cognito-idp.amazonaws.com\"` "
                   "whose `function_name` (with `qualifier`) names the trigger function, in the same module "
                   "or plan. A module call given the function (`function_name = "
                   "aws_lambda_function.f.function_name`) counts as a possible permission, since permission "
                   "modules make one; a `source_arn` that cannot be a user pool's ARN does not count. The "
                   "fix is written as HCL.",
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

bool hasWildcard(std::string_view text) { return text.find_first_of("*?") != std::string_view::npos; }

// Why a SourceArn lets no invocation by `pool` through, or "" when it may (absent, the pool
// itself, unknown, a wildcard). Lambda compares SourceArn with the caller's ARN as a pattern,
// so a value that cannot be a user pool ARN admits no pool at all.
// Model keys of the template pools, to tell `${OtherPool}` in a Sub from a parameter.
using PoolKeys = std::unordered_set<std::string>;

std::string refusal(const model::Target &sourceArn, const model::Permission &permission, const model::UserPool &pool,
                    const PoolKeys &pools) {
  using Form = model::Target::Form;
  if (sourceArn.form == Form::GetAtt && sourceArn.resourceExists && model::sameScope(permission.file, pool.file)) {
    if (sourceArn.resourceType == "AWS::Cognito::UserPool")
      return sourceArn.resource == pool.logicalId ||
                     model::resourceKey(model::declarationScope(pool.file), sourceArn.resource) == pool.replicaOf
                 ? ""
                 : "admits Cognito only for another pool's SourceArn";
    // Only a resource's own Arn is known not to be a pool's: a custom resource's, a nested stack's
    // or an application's attributes may be anything.
    if (sourceArn.attribute != "Arn" || sourceArn.resourceType.starts_with("Custom::") ||
        sourceArn.resourceType == "AWS::CloudFormation::CustomResource" ||
        sourceArn.resourceType == "AWS::CloudFormation::Stack" ||
        sourceArn.resourceType == "AWS::Serverless::Application")
      return {};
    return "admits no pool: its SourceArn is an ARN of " + sourceArn.resource + ", an " + sourceArn.resourceType +
           ", not of a user pool";
  }
  if (sourceArn.form != Form::Literal)
    return {};
  const std::string_view text = sourceArn.literal.view();
  std::string value = "'" + std::string(text) + "'";
  if (sourceArn.origin == model::Origin::ParameterDefault && !sourceArn.originName.empty())
    value += " (the default of parameter " + sourceArn.originName.str() + ")";
  std::optional<model::Arn> arn = model::Arn::parse(text);
  if (!arn)
    return hasWildcard(text) || model::hasPlaceholder(text)
               ? std::string()
               : "admits no pool: its SourceArn " + value + " is not an ARN, so no caller's ARN matches it";
  if (!hasWildcard(arn->service) && !model::hasPlaceholder(arn->service) && arn->service != "cognito-idp")
    return "admits no pool: its SourceArn " + value + " is an ARN of service " + std::string(arn->service) +
           ", not of a Cognito user pool";
  if (arn->service != "cognito-idp" || hasWildcard(arn->resource) || model::hasPlaceholder(arn->resource.substr(0, 9)))
    return {};
  if (!arn->resource.starts_with("userpool/"))
    return "admits no pool: its SourceArn " + value +
           " is a Cognito ARN but not of a user pool (arn:" + std::string(arn->partition) +
           ":cognito-idp:<region>:<account>:userpool/<pool id>)";
  // `userpool/${Other}` in an Fn::Sub: Ref of another pool of the template gives that pool's id.
  std::string_view id = arn->resource.substr(9);
  if (model::isPlaceholder(id) && model::sameScope(permission.file, pool.file) && !pool.logicalId.empty()) {
    std::string_view named = id.substr(2, id.size() - 3);
    const std::string key = model::resourceKey(model::declarationScope(permission.file), named);
    if (named != pool.logicalId.view() && key != pool.replicaOf && pools.count(key))
      return "admits Cognito only for another pool's SourceArn";
  }
  return {};
}

bool mayAdmitTemplatePool(const model::Permission &permission, const model::UserPool &pool, const PoolKeys &pools,
                          std::string *why) {
  if (!permission.hasSourceArn || permission.sourceArn.empty())
    return true;
  for (const model::Target &t : permission.sourceArn) {
    std::string reason = refusal(t, permission, pool, pools);
    if (reason.empty())
      return true;
    if (why && why->empty())
      *why = std::move(reason);
  }
  return false;
}

// The Cognito invoke permissions by the function they may name, gathered once so that large
// templates stay linear: resolved function keys, literal names (plain or after ":function:"),
// and permissions naming something unknown, which may be any function (unknown is not wrong).
struct CognitoPermissions {
  std::vector<const model::Permission *> anyFunction;
  std::unordered_map<std::string, std::vector<const model::Permission *>> byKey;
  std::unordered_map<std::string, std::vector<const model::Permission *>> byName;
  PoolKeys pools;

  explicit CognitoPermissions(const model::Model &model) {
    for (const auto &pool : model.pools)
      if (!pool.logicalId.empty())
        pools.insert(pool.key);
    for (const auto &p : model.permissions) {
      if (!mayGrantCognito(p) || !mayAllowInvoke(p))
        continue;
      for (const auto &target : p.function) {
        if (!target.function.empty())
          byKey[target.function].push_back(&p);
        else if (target.form == model::Target::Form::Unknown || target.partial)
          anyFunction.push_back(&p);
        else if (target.form == model::Target::Form::Literal)
          byName[cognito::functionNameInArn(target.literal)].push_back(&p);
      }
    }
  }

  /// Whether some permission may let Cognito invoke `fn` for `pool`; otherwise `refused` is a
  /// permission on the function whose SourceArn does not admit the pool, with the reason.
  bool covers(const model::Function &fn, const model::UserPool &pool, const model::Permission *&refused,
              std::string &why) const {
    refused = nullptr;
    auto admits = [&](const std::vector<const model::Permission *> &list) {
      for (const model::Permission *p : list) {
        std::string reason;
        if (mayAdmitTemplatePool(*p, pool, pools, &reason))
          return true;
        if (!refused) {
          refused = p;
          why = std::move(reason);
        }
      }
      return false;
    };
    if (admits(anyFunction))
      return true;
    if (auto it = byKey.find(fn.key); it != byKey.end() && admits(it->second))
      return true;
    if (auto it = fn.name.empty() ? byName.end() : byName.find(fn.name); it != byName.end() && admits(it->second))
      return true;
    return false;
  }
};

struct Use {
  const model::TriggerBinding *binding;
  const model::Target *target;
};

// A replica's configuration attachment has no Arn: the replica is the primary pool's id in
// this stack's Region.
std::string sourceArnFix(const model::UserPool &pool) {
  if (!pool.isReplica())
    return "!GetAtt " + cognito::poolName(pool) + ".Arn";
  const std::string id = pool.replicaOf.empty() ? "<the pool's id>" : "${" + cognito::displayId(pool.replicaOf) + "}";
  return "!Sub arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/" + id;
}

void report(const model::UserPool &pool, const model::Function &fn, const std::vector<Use> &uses,
            const model::Permission *otherPool, const std::string &why, FindingSink &sink) {
  const model::TriggerBinding &first = *uses.front().binding;
  const model::Target &target = *uses.front().target;
  const std::string name = cognito::functionName(fn);
  // The fix in the words of the file that declares the pool.
  const std::string fix =
      cognito::isTerraform(pool)
          ? "add an aws_lambda_permission for it with principal = \"cognito-idp.amazonaws.com\" and source_arn = " +
                cognito::poolName(pool) + ".arn"
          : "add an AWS::Lambda::Permission for it with SourceArn: " + sourceArnFix(pool);
  Finding &f = sink.report(first.keyLoc, "no Lambda permission lets cognito-idp.amazonaws.com invoke function " + name +
                                             ", the " + cognito::triggerName(pool, first.trigger) +
                                             " trigger of pool " + cognito::poolName(pool) +
                                             ", so Cognito's calls fail with 'UnexpectedLambdaException: " +
                                             std::string(cognito::findTriggerKey(first.trigger)->triggerType) +
                                             " invocation failed due to error AccessDeniedException'; " + fix);
  f.notes.push_back({fn.loc, "function " + name + " is declared here"});
  for (size_t i = 1; i < uses.size(); ++i)
    if (uses[i].binding != &first)
      cognito::addBindingNote(f, pool, *uses[i].binding, "also ");
  // SAM keeps one CognitoPermission per function, so a function serving two pools through SAM
  // events is invocable by one of them only: the usual way into this finding.
  if (otherPool && otherPool->synthesized)
    f.notes.push_back({otherPool->loc, "SAM generates one " + otherPool->logicalId + " for all of " + name +
                                           "'s Cognito events and scopes it to the pool of the last event by name, " +
                                           otherPool->sourceArn.front().resource + ", so " + cognito::poolName(pool) +
                                           " gets none"});
  else if (otherPool)
    f.notes.push_back({otherPool->sourceArnLoc, "permission " + otherPool->logicalId + " " + why});
  cognito::addConditionNote(f, target.loc, (pool.condition && first.condition && target.condition));
  f.anchor = cognito::anchor({cognito::poolName(pool), first.trigger, name});
}

// ---- Audits: the policies get-policy printed ----------------------------------------------

// IAM ArnLike: '*' any run of characters, '?' one character.
bool globMatches(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*')
    ++p;
  return p == pattern.size();
}

// A statement without SourceArn admits every pool (TL106's concern); with one, the pool's ARN
// must fit it. A pool whose ARN is unknown (list-user-pools) is not held against the statement.
bool admitsPool(const model::Permission &permission, const model::UserPool &pool) {
  if (!permission.hasSourceArn || pool.arn.empty())
    return true;
  return std::any_of(permission.sourceArn.begin(), permission.sourceArn.end(),
                     [&](const model::Target &t) { return globMatches(t.literal, pool.arn); });
}

struct DumpedPolicies {
  // By model::functionIdentity: a policy read from a file collect named, or a Resource spelt as
  // another ARN form, still belongs to the trigger's function.
  std::unordered_map<std::string, const model::PolicyRead *> read;
  std::unordered_map<std::string, std::vector<const model::Permission *>> statements; // by Resource

  std::unordered_set<std::string> deleted; // get-function-configuration: ResourceNotFoundException

  explicit DumpedPolicies(const model::Model &model) {
    for (const auto &call : model.failedCalls)
      if (call.operation == "get-function-configuration" && call.errorCode == "ResourceNotFoundException")
        deleted.insert(call.subject);
    for (const auto &r : model.policiesRead)
      read.emplace(model::functionIdentity(r.function), &r);
    for (const auto &p : model.permissions)
      if (p.dumped)
        for (const auto &target : p.function)
          statements[model::functionIdentity(target.literal)].push_back(&p);
  }
};

void checkDumpedTarget(const model::Model &model, const DumpedPolicies &policies, const model::UserPool &pool,
                       const model::TriggerBinding &binding, const model::Target &target, FindingSink &sink) {
  const std::string identity = model::functionIdentity(target.literal);
  auto read = policies.read.find(identity);
  if (read == policies.read.end())
    return; // not dumped: unknown, not missing (TL003)
  if (target.function.empty() && policies.deleted.count(target.literal))
    return; // the function does not exist at all: TL104
  const model::Permission *otherPool = nullptr;
  if (auto it = policies.statements.find(identity); it != policies.statements.end())
    for (const model::Permission *p : it->second) {
      if (!mayGrantCognito(*p) || !mayAllowInvoke(*p))
        continue;
      if (admitsPool(*p, pool))
        return;
      otherPool = p;
    }
  const std::string name = cognito::targetName(model, target);
  const std::string poolArn = pool.arn.empty() ? "<the pool's ARN>" : pool.arn;
  Finding &f =
      sink.report(binding.keyLoc,
                  "no statement of the resource policy of function " + name +
                      " lets cognito-idp.amazonaws.com invoke it for pool " + cognito::poolName(pool) + ", whose " +
                      binding.trigger +
                      " trigger it is, so Cognito's calls fail with "
                      "'UnexpectedLambdaException: " +
                      std::string(cognito::findTriggerKey(binding.trigger)->triggerType) +
                      " invocation failed due to error AccessDeniedException'; run aws lambda add-permission "
                      "--function-name " +
                      target.literal + " --statement-id cognito-" + binding.trigger +
                      " --action lambda:InvokeFunction --principal cognito-idp.amazonaws.com --source-arn " + poolArn);
  f.notes.push_back({read->second->loc, read->second->none ? "get-policy found no resource policy on " + name
                                                           : "the resource policy of " + name + " is here"});
  if (otherPool)
    f.notes.push_back({otherPool->sourceArnLoc, "statement " + cognito::displayId(otherPool->key) +
                                                    " admits Cognito only for another SourceArn"});
  f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, name});
}

void checkDumpedPool(const model::Model &model, const DumpedPolicies &policies, const model::UserPool &pool,
                     FindingSink &sink) {
  std::unordered_set<std::string> seen; // one finding per ARN: one permission fixes every trigger it serves
  for (const auto &binding : pool.triggers) {
    if (binding.via != model::TriggerBinding::Via::Dump || !cognito::findTriggerKey(binding.trigger))
      continue;
    for (const auto &target : binding.targets)
      if (target.form == model::Target::Form::Literal && seen.insert(target.literal).second)
        checkDumpedTarget(model, policies, pool, binding, target, sink);
  }
}

void check(const model::Model &model, FindingSink &sink) {
  const CognitoPermissions permissions(model);
  const DumpedPolicies policies(model);
  for (const auto &pool : model.pools) {
    if (pool.logicalId.empty()) {
      checkDumpedPool(model, policies, pool, sink);
      continue;
    }
    // One finding per function: one permission fixes every trigger it serves for this pool.
    std::map<std::string, std::vector<Use>> uses;
    std::vector<const model::Function *> order;
    for (const auto &binding : pool.triggers) {
      if (!cognito::findTriggerKey(binding.trigger))
        continue; // not a trigger: TL103
      for (const auto &target : binding.targets) {
        const model::Function *fn = target.function.empty() ? nullptr : model.findFunction(target.function);
        if (!fn || !model::sameScope(fn->file, pool.file) || fn->logicalId.empty())
          continue;
        auto &list = uses[fn->key];
        if (list.empty())
          order.push_back(fn);
        list.push_back({&binding, &target});
      }
    }
    std::string why;
    for (const model::Function *fn : order)
      if (const model::Permission *refused = nullptr; !permissions.covers(*fn, pool, refused, why))
        report(pool, *fn, uses[fn->key], refused, why, sink);
  }
}

} // namespace

extern const Rule TL105_missing_invoke_permission{kInfo, &check};

} // namespace tl::rules
