// TL110 trigger-circular-dependency: the trigger function depends on the pool that depends on it.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <deque>
#include <map>
#include <set>
#include <unordered_map>

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
    .sourceUrl = "https://repost.aws/knowledge-center/cloudformation-circular-dependency-sam",
};

// A SAM function's Cognito event names its pool (`UserPool: !Ref Pool`), but the SAM transform
// turns that into the pool's LambdaConfig entry and removes it from the function: it is no
// dependency of the function.
bool isSamEventProperty(const model::Reference &ref) { return ref.path.rfind("Properties.Events.", 0) == 0; }

using Graph = std::unordered_map<std::string, std::vector<const model::Reference *>>;

// The references of one file, by the resource holding them.
Graph graphOf(const model::Model &model, const std::string &file) {
  Graph graph;
  for (const auto &ref : model.references)
    if (ref.file == file && ref.from != ref.to && !isSamEventProperty(ref))
      graph[ref.from].push_back(&ref);
  return graph;
}

// The shortest chain of references from `from` to `to`, or empty.
std::vector<const model::Reference *> pathBetween(const Graph &graph, const std::string &from, const std::string &to) {
  std::map<std::string, const model::Reference *> via;
  std::set<std::string> visited{from};
  std::deque<std::string> queue{from};
  while (!queue.empty()) {
    std::string at = queue.front();
    queue.pop_front();
    auto it = graph.find(at);
    if (it == graph.end())
      continue;
    for (const model::Reference *ref : it->second) {
      if (!visited.insert(ref->to).second)
        continue;
      via[ref->to] = ref;
      if (ref->to == to) {
        std::vector<const model::Reference *> path;
        for (std::string node = to; node != from; node = via[node]->from)
          path.insert(path.begin(), via[node]);
        return path;
      }
      queue.push_back(ref->to);
    }
  }
  return {};
}

// The other half of the cycle: the pool's dependency on the function.
std::string bindingEdge(const model::UserPool &pool, const model::TriggerBinding &binding, const std::string &fn) {
  std::string text =
      "pool " + cognito::poolName(pool) + " references " + fn + " here as its " + binding.trigger + " trigger";
  if (binding.via == model::TriggerBinding::Via::SamEvent)
    text += " (SAM event " + binding.samEvent + " adds it to the pool's LambdaConfig)";
  return text;
}

void check(const model::Model &model, FindingSink &sink) {
  std::map<std::string, Graph> graphs; // by file, built when a file has a candidate binding
  for (const auto &pool : model.pools) {
    if (pool.logicalId.empty())
      continue; // dumps have no template dependencies
    std::set<std::string> reported;
    for (const auto &binding : pool.triggers)
      for (const auto &target : binding.targets) {
        const model::Function *fn = target.function.empty() ? nullptr : model.findFunction(target.function);
        if (!fn || fn->file != pool.file || fn->logicalId.empty() || reported.count(fn->key))
          continue;
        auto [it, added] = graphs.try_emplace(pool.file);
        if (added)
          it->second = graphOf(model, pool.file);
        std::vector<const model::Reference *> path = pathBetween(it->second, fn->logicalId, pool.logicalId);
        if (path.empty())
          continue;
        reported.insert(fn->key);
        const std::string poolId = cognito::poolName(pool), fnId = cognito::functionName(*fn);
        std::string chain = fnId;
        for (const model::Reference *ref : path)
          chain += " -> " + ref->to;
        Finding &f = sink.report(
            path.front()->loc,
            "function " + fnId + " references its own pool " + poolId + " while the pool's " + binding.trigger +
                " trigger references the function, so CloudFormation rejects the stack with a circular "
                "dependency; read event.userPoolId at runtime or build the pool ARN from pseudo parameters");
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
