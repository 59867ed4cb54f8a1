// TL110 trigger-circular-dependency: the trigger function depends on the pool that depends on it.
#include "cognito_triggers.h"
#include "engine/rule.h"
#include "model/declaration_scope.h"

#include "model/reference_graph.h"

#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL110",
    .name = "trigger-circular-dependency",
    .severity = Severity::Error,
    .summary = "a trigger function references its own user pool, which references the function",
    .whatItDoes = "Follows the references (Ref, GetAtt, Sub, DependsOn) from a trigger function declared in the "
                  "same template as its pool; when they lead back to the pool, for example through "
                  "`!Ref UserPool` in the function's Environment or `!GetAtt UserPool.Arn` in its role's "
                  "policy, it reports the first reference on that path.",
    .whyBad = "The pool needs the function's ARN for its LambdaConfig, so CloudFormation must create the "
              "function first; a function that needs the pool's id or ARN must be created after it. "
              "CloudFormation rejects the template with 'Circular dependency between resources'. The pool "
              "id is in every trigger event (event.userPoolId), and an ARN for policies can be built from "
              "pseudo parameters: arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/*.",
    .example = "PreSignUpFn:\n"
               "  Type: AWS::Serverless::Function\n"
               "  Properties:\n"
               "    Environment:\n"
               "      Variables:\n"
               "        USER_POOL_ID: !Ref UserPool\n"
               "    Events:\n"
               "      SignUp:\n"
               "        Type: Cognito\n"
               "        Properties: {UserPool: !Ref UserPool, Trigger: PreSignUp}\n",
    .useInstead = "PreSignUpFn:\n"
                  "  Type: AWS::Serverless::Function\n"
                  "  Properties:\n"
                  "    # the handler reads event.userPoolId\n"
                  "    Events:\n"
                  "      SignUp:\n"
                  "        Type: Cognito\n"
                  "        Properties: {UserPool: !Ref UserPool, Trigger: PreSignUp}\n",
    .inTerraform = "In a module (every .tf and .tf.json file of a directory) it follows the references "
                   "resources hold, through locals and depends_on, the same way: Terraform stops such a "
                   "configuration with 'Error: Cycle'. A plan never holds one (`terraform plan` stops first).",
    .sourceUrl = "https://repost.aws/knowledge-center/cloudformation-circular-dependency-sam",
};

// A SAM function's Cognito event names its pool (`UserPool: !Ref Pool`), but the SAM transform
// turns that into the pool's LambdaConfig entry and removes it from the function: it is no
// dependency of the function.
bool isSamEventProperty(const model::Reference &ref) { return ref.path.rfind("Properties.Events.", 0) == 0; }

// The trigger function of `target` when it is declared in the pool's template: only then can the
// template's references make a cycle.
const model::Function *sameTemplateFunction(const model::Model &model, const model::UserPool &pool,
                                            const model::Target &target) {
  const model::Function *fn = target.function.empty() ? nullptr : model.findFunction(target.function);
  return fn && model::sameScope(fn->file, pool.file) && !fn->logicalId.empty() ? fn : nullptr;
}

using Question = std::pair<std::string_view, std::string_view>; // function -> pool, by logical id

// Every file's chains, computed once for all its bindings: one search per binding of a file with
// thousands of functions and pools cost minutes.
std::unordered_map<std::string_view, model::ReferenceChains> chainsByFile(const model::Model &model) {
  std::unordered_map<std::string_view, std::vector<Question>> questions;
  for (const auto &pool : model.pools) {
    if (pool.logicalId.empty())
      continue; // dumps have no template dependencies
    for (const auto &binding : pool.triggers)
      for (const auto &target : binding.targets)
        if (const model::Function *fn = sameTemplateFunction(model, pool, target))
          questions[model::declarationScope(pool.file)].push_back({fn->logicalId, pool.logicalId});
  }
  std::unordered_map<std::string_view, std::vector<const model::Reference *>> edges;
  for (const auto &ref : model.references)
    if (ref.from != ref.to && !isSamEventProperty(ref) && questions.count(model::declarationScope(ref.loc.file)))
      edges[model::declarationScope(ref.loc.file)].push_back(&ref);
  std::unordered_map<std::string_view, model::ReferenceChains> chains;
  for (const auto &[file, asked] : questions)
    chains.try_emplace(file, edges[file], asked);
  return chains;
}

// The other half of the cycle: the pool's dependency on the function.
std::string bindingEdge(const model::UserPool &pool, const model::TriggerBinding &binding, const std::string &fn) {
  std::string text = "pool " + cognito::poolName(pool) + " references " + fn + " here as its " +
                     cognito::triggerName(pool, binding.trigger) + " trigger";
  if (binding.via == model::TriggerBinding::Via::SamEvent)
    text += " (SAM event " + binding.samEvent + " adds it to the pool's LambdaConfig)";
  return text;
}

void check(const model::Model &model, FindingSink &sink) {
  const auto chains = chainsByFile(model);
  for (const auto &pool : model.pools) {
    if (pool.logicalId.empty())
      continue;
    std::set<std::string> reported;
    for (const auto &binding : pool.triggers)
      for (const auto &target : binding.targets) {
        const model::Function *fn = sameTemplateFunction(model, pool, target);
        if (!fn || reported.count(fn->key))
          continue;
        const auto &path = chains.at(model::declarationScope(pool.file)).chain(fn->logicalId, pool.logicalId);
        if (path.empty())
          continue;
        reported.insert(fn->key);
        const std::string poolId = cognito::poolName(pool), fnId = cognito::functionName(*fn);
        std::string chain = fnId;
        for (const model::Reference *ref : path)
          chain += " -> " + ref->to;
        Finding &f = sink.report(
            path.front()->loc,
            "function " + fnId + " references its own pool " + poolId + " while the pool's " +
                cognito::triggerName(pool, binding.trigger) + " trigger references the function, so " +
                (cognito::isTerraform(pool)
                     ? std::string("Terraform stops with 'Error: Cycle'; read event.userPoolId at runtime instead")
                     : std::string("CloudFormation rejects the stack with a circular dependency; read "
                                   "event.userPoolId at runtime or build the pool ARN from pseudo parameters")));
        f.notes.push_back({binding.keyLoc, bindingEdge(pool, binding, fnId)});
        for (size_t i = 1; i < path.size(); ++i)
          f.notes.push_back({path[i]->loc, path[i]->from + " references " + path[i]->to + " here"});
        f.notes.push_back({fn->loc, "dependency cycle: " + chain + " -> " + fnId});
        f.anchor = cognito::anchor({poolId, binding.trigger, fnId, "cycle"});
      }
  }
}

} // namespace

extern const Rule TL110_trigger_circular_dependency{kInfo, &check};

} // namespace tl::rules
