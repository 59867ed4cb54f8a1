// TL003 incomplete-audit: an audited pool whose dumps leave something out, said once per pool.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL003",
    .name = "incomplete-audit",
    .severity = Severity::Note,
    .summary = "an audited user pool's dumps leave out a trigger function's configuration or policy",
    .whatItDoes =
        "For each user pool read from describe-user-pool or list-user-pools output, lists what the audit could "
        "not see: trigger functions without a get-function-configuration dump (their Timeout and reserved "
        "concurrency are not checked), without a get-policy dump (their invoke permissions are not checked), "
        "AWS CLI calls that failed during `triggerlint collect`, pools known only from list-user-pools "
        "(no feature plan), and describe-user-pool output from AWS CLIs older than feature plans: without "
        "PreTokenGenerationConfig (the token event version is unknown) or without UserPoolTier when a V2_0 or "
        "V3_0 version needs the plan checked. Functions are matched by name and alias or version, so the "
        "dumps collect writes for a qualified trigger (get-policy.<name>.<qualifier>.json) count. One note per pool, "
        "with a related location for each gap. Failed "
        "describe-user-pool and list-user-pools calls are reported where their error record is.",
    .whyBad = "Rules never guess: a trigger whose function was not dumped is not reported by the timeout, "
              "concurrency or permission rules, so an audit with gaps looks cleaner than the pool is. This "
              "note says what is missing, so that 'no findings' means 'checked and fine'.",
    .example = "dumps/\n"
               "  describe-user-pool.us-east-1_Ab12.json   # LambdaConfig.PostAuthentication: ...:function:audit\n",
    .useInstead = "dumps/   # written by: triggerlint collect --out dumps --pool-id us-east-1_Ab12\n"
                  "  describe-user-pool.us-east-1_Ab12.json\n"
                  "  get-function-configuration.audit.json\n"
                  "  get-policy.audit.json\n"
                  "  get-function-concurrency.audit.json\n",
    .sourceUrl = "https://docs.aws.amazon.com/cli/latest/reference/cognito-idp/describe-user-pool.html",
    .alwaysRuns = true,
};

struct Gap {
  Location loc;
  std::string message;
};

// Failed calls by what they were about (a function ARN as queried, a pool id).
using FailedBySubject = std::unordered_map<std::string, std::vector<const model::FailedCall *>>;

const model::FailedCall *failed(const FailedBySubject &calls, const std::string &operation, const std::string &subject) {
  auto it = calls.find(subject);
  if (it != calls.end())
    for (const model::FailedCall *call : it->second)
      if (call->operation == operation)
        return call;
  return nullptr;
}

// The error code says enough; the whole message stays in the error record the note points near.
std::string failure(const model::FailedCall &call) {
  return call.operation + " failed" +
         (!call.errorCode.empty() ? " with " + call.errorCode : call.message.empty() ? "" : ": " + call.message);
}

std::vector<Gap> gapsOf(const model::UserPool &pool, const FailedBySubject &calls,
                        const std::set<std::string> &policies) {
  std::vector<Gap> gaps;
  if (pool.type == "list-user-pools" && !pool.triggers.empty())
    gaps.push_back({pool.loc, "known only from list-user-pools: without describe-user-pool output its feature plan "
                              "(UserPoolTier) is unknown, so LambdaVersion is not checked against it"});
  // AWS CLIs older than feature plans (Debian 12 ships 2.9) drop the fields their model lacks:
  // UserPoolTier, and PreTokenGenerationConfig with its LambdaVersion. Each is a gap only when a
  // rule needs it: the version for the token handler rules, the plan for a V2_0/V3_0 version.
  if (pool.type == "describe-user-pool") {
    bool legacyKey = false, configKey = false, versionNeedsPlan = false;
    for (const auto &b : pool.triggers) {
      legacyKey |= b.trigger == cognito::kPreTokenGeneration;
      if (b.trigger != cognito::kPreTokenGenerationConfig)
        continue;
      configKey = true;
      for (const auto &v : b.lambdaVersion)
        versionNeedsPlan |= !v.value || *v.value != "V1_0";
    }
    if (legacyKey && !configKey)
      gaps.push_back({pool.loc, "describe-user-pool output without PreTokenGenerationConfig, as AWS CLIs older than "
                                "feature plans write it: the token event version is unknown, so the pre token "
                                "generation handler's claim edits are not checked against it"});
    if (pool.tier.empty() && (versionNeedsPlan || (legacyKey && !configKey)))
      gaps.push_back({pool.loc, "describe-user-pool output without UserPoolTier, as AWS CLIs older than feature plans "
                                "write it: the feature plan is unknown, so LambdaVersion is not checked against it"});
  }
  std::set<std::string> seen;
  for (const auto &binding : pool.triggers) {
    if (!cognito::findTriggerKey(binding.trigger))
      continue;
    for (const auto &target : binding.targets) {
      if (target.form != model::Target::Form::Literal || !seen.insert(target.literal).second)
        continue;
      const std::string name = cognito::functionNameInArn(target.literal); // as the pool names it
      // What is unknown about this function: its configuration, its policy, or both, with the
      // failed call's answer when collect recorded one.
      std::vector<std::string> missing, unchecked;
      if (target.function.empty()) {
        const model::FailedCall *call = failed(calls, "get-function-configuration", target.literal);
        // A function that does not exist is a finding of its own (TL104), not a gap.
        if (call && call->errorCode == "ResourceNotFoundException")
          continue;
        missing.push_back(call ? failure(*call) : "no get-function-configuration output");
        unchecked.push_back("its Timeout and reserved concurrency");
      }
      if (!policies.count(model::functionIdentity(target.literal))) {
        const model::FailedCall *call = failed(calls, "get-policy", target.literal);
        missing.push_back(call ? failure(*call) : "no get-policy output");
        unchecked.push_back("who may invoke it");
      }
      if (missing.empty())
        continue;
      gaps.push_back({target.loc, "function " + name + ": " + missing.front() +
                                      (missing.size() > 1 ? "; " + missing.back() : "") + ", so " +
                                      unchecked.front() + (unchecked.size() > 1 ? " and " + unchecked.back() : "") +
                                      (unchecked.size() > 1 ? " are" : " is") + " not checked"});
    }
  }
  return gaps;
}

void check(const model::Model &model, FindingSink &sink) {
  FailedBySubject calls;
  for (const auto &call : model.failedCalls)
    calls[call.subject].push_back(&call);
  std::set<std::string> policies;
  for (const auto &read : model.policiesRead)
    policies.insert(model::functionIdentity(read.function));

  for (const auto &pool : model.pools) {
    if (!pool.logicalId.empty())
      continue; // templates are not audits
    std::vector<Gap> gaps = gapsOf(pool, calls, policies);
    if (gaps.empty())
      continue;
    const std::string name = cognito::poolName(pool);
    Finding &f = sink.report(pool.loc, "the audit of pool " + name + " is incomplete: " + std::to_string(gaps.size()) +
                                           (gaps.size() == 1 ? " thing it needs is" : " things it needs are") +
                                           " not in the inputs, and the rules that need them did not run; "
                                           "`triggerlint collect` writes every dump an audit needs");
    for (auto &gap : gaps)
      f.notes.push_back({gap.loc, std::move(gap.message)});
    f.anchor = cognito::anchor({name, "incomplete"});
  }
  for (const auto &call : model.failedCalls) {
    if (call.operation != "describe-user-pool" && call.operation != "list-user-pools")
      continue;
    Finding &f = sink.report(call.loc, (call.subject.empty() ? call.operation : call.operation + " " + call.subject) +
                                           " failed" + (call.message.empty() ? "" : " ('" + call.message + "')") +
                                           ", so " +
                                           (call.subject.empty() ? "no pool was listed" : "this pool was not audited"));
    f.anchor = cognito::anchor({call.operation, call.subject});
  }
}

} // namespace

extern const Rule TL003_incomplete_audit{kInfo, &check};

} // namespace tl::rules
