#pragma once
// What the configuration rules know about Amazon Cognito user pool triggers: the LambdaConfig
// keys and their shapes, which triggers Cognito waits for, the ARN shapes it accepts, and the
// wording the rules share when they name pools, triggers, functions, origins and conditions.
// Frontends never include this file: they record what is written, the rules decide what it
// means (DESIGN.md §1). Facts: /work/shared/reference/cognito-facts.md §1, §2, §5.
#include "engine/finding.h"
#include "model/model.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tl::cognito {

/// How Cognito calls a trigger's function.
enum class Invocation {
  Synchronous,  // Cognito waits at most 5 s for the answer, then fails or retries the flow
  Asynchronous, // custom senders: Cognito does not wait for the result
};

/// One key of a user pool's LambdaConfig (CFN LambdaConfig, API LambdaConfigType).
struct TriggerKey {
  std::string_view name;        // the key as Cognito spells it: "PostAuthentication"
  std::string_view triggerType; // the trigger it configures: PreTokenGenerationConfig -> PreTokenGeneration
  Invocation invocation;
  bool objectValued;                                // {LambdaArn, LambdaVersion} instead of an ARN string
  std::span<const std::string_view> lambdaVersions; // allowed LambdaVersion values (object-valued keys)
  std::span<const std::string_view> triggerSources; // event.triggerSource values it sends
};

/// Every trigger key of LambdaConfig, in the order of the CloudFormation reference. KMSKeyID is
/// not a trigger and not in this list.
std::span<const TriggerKey> triggerKeys();

/// The key named exactly `name` (keys are case-sensitive), or null.
const TriggerKey *findTriggerKey(std::string_view name);

/// LambdaConfig.KMSKeyID: the KMS key custom senders decrypt codes with; not a trigger.
inline constexpr std::string_view kKmsKeyId = "KMSKeyID";

/// The legacy PreTokenGeneration key and its successor configure the same trigger; when both are
/// set, Cognito requires the same ARN in both (describe-user-pool prints both that way).
inline constexpr std::string_view kPreTokenGeneration = "PreTokenGeneration";
inline constexpr std::string_view kPreTokenGenerationConfig = "PreTokenGenerationConfig";

/// The names of all LambdaConfig keys (triggers and KMSKeyID), for did-you-mean.
std::vector<std::string_view> lambdaConfigKeyNames();

/// The closest of `candidates` to `word` by case-insensitive edit distance, when close enough to
/// be a typo (a different case alone always is); nullopt otherwise or when `word` is a candidate.
std::optional<std::string_view> didYouMean(std::string_view word, std::span<const std::string_view> candidates);
std::optional<std::string_view> didYouMean(std::string_view word, const std::vector<std::string_view> &candidates);

/// The result of matching an ARN against a shape.
enum class ArnMatch {
  Matches,     // the known text fits the shape
  Contradicts, // the known parts cannot fit, whatever the unknown parts are
  Unknown,     // too little is known to tell
};

/// Matches a Lambda function ARN: arn:<partition>:lambda:<region>:<12-digit account>:function:
/// <name>[:<alias or version>]. `${...}` pieces of a partially resolved value (Fn::Sub) are
/// wildcards; pseudo parameters (${AWS::Region}) stand for one ARN component, anything else may
/// stand for several.
ArnMatch matchLambdaFunctionArn(std::string_view text);

/// Matches a KMS key ARN: arn:<partition>:kms:<region>:<12-digit account>:key/<key id>. Aliases
/// (alias/x, arn:...:alias/x) and bare key ids are not key ARNs. Same wildcards as above.
ArnMatch matchKmsKeyArn(std::string_view text);

/// Parses a whole decimal integer ("10"); nullopt for anything else ("10.5", "", "${T}").
std::optional<long long> parseInteger(std::string_view text);

// ---- Wording shared by the configuration rules --------------------------------------------

/// The logical id of a model key ("file#LogicalId" -> "LogicalId"); dump keys stay whole.
std::string displayId(const std::string &key);
/// How messages name a pool: its logical id, else its name, else its key (dumps).
std::string poolName(const model::UserPool &pool);
/// How messages name a function: its logical id, else its name, else its key (dumps).
std::string functionName(const model::Function &fn);
/// How messages name a target that may not resolve to a model function: the function's logical
/// id, the referenced resource, or the literal.
std::string targetName(const model::Model &model, const model::Target &target);
/// The name of the first target of `binding` that names something, or "" (no LambdaArn).
std::string bindingFunctionName(const model::Model &model, const model::TriggerBinding &binding);

/// "IsProd" -> "when condition IsProd is true"; "IsProd && !UseAlias" -> "when condition IsProd
/// is true and condition UseAlias is false". Empty for an empty condition.
std::string describeCondition(const std::string &condition);
/// Joins non-empty conditions with " && ", dropping repeats.
std::string combineConditions(std::initializer_list<std::string_view> conditions);
/// True when the two conditions can never hold together ("IsProd" and "!IsProd").
bool conditionsExclusive(const std::string &a, const std::string &b);

/// Adds a note "this holds only <when …>" at `loc` when `condition` is not empty.
void addConditionNote(Finding &finding, const Location &loc, const std::string &condition);

/// Adds a note where the binding is: "bound here as pool P's PostAuthentication trigger" or, for
/// a SAM event, "bound as … by SAM event E of function F".
void addBindingNote(Finding &finding, const model::UserPool &pool, const model::TriggerBinding &binding,
                    std::string_view prefix = "");

/// For a value that did not come from where it is used: adds a note at its origin (Globals,
/// parameter default, mapping, dump) and returns the phrase messages use ("inherited from
/// Globals"), or "" for a literal.
std::string addOriginNote(Finding &finding, model::Origin origin, const Location &originLoc,
                          const std::string &originName, std::string_view what);

/// Errors in values that only come from a parameter default can be fixed at deploy time:
/// such findings are warnings.
Severity severityFor(model::Origin origin, Severity dflt);

/// "Pool/PostAuthentication/Fn": a finding's identity without line numbers.
std::string anchor(std::initializer_list<std::string_view> parts);

} // namespace tl::cognito
