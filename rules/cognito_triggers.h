#pragma once
// What the configuration rules know about Amazon Cognito user pool triggers: the LambdaConfig
// keys and their shapes, which triggers Cognito waits for, the ARN shapes it accepts, and the
// wording the rules share when they name pools, triggers, functions, origins and conditions.
// Frontends never include this file: they record what is written, the rules decide what it
// means (DESIGN.md §1). Facts: /work/shared/reference/cognito-facts.md §1, §2, §5.
#include "engine/finding.h"
#include "model/arn.h"
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
  std::string_view terraformName;                   // the AWS provider's lambda_config attribute or block; "" if none
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

/// The service principal Cognito invokes trigger functions as.
inline constexpr std::string_view kCognitoPrincipal = "cognito-idp.amazonaws.com";

/// The principal candidate of `permission` that is known to be Cognito, or null (an unknown
/// principal is no evidence either way).
const model::Candidate *knownCognitoPrincipal(const model::Permission &permission);

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

/// The function a Lambda ARN (or any FunctionName form) names, with the alias or version when
/// `withQualifier` ("fn:live"), else without ("fn"). `text` itself when it names no function.
std::string functionNameInArn(std::string_view text, bool withQualifier = true);

/// Matches a KMS key ARN: arn:<partition>:kms:<region>:<12-digit account>:key/<key id>. Aliases
/// (alias/x, arn:...:alias/x) and bare key ids are not key ARNs. Same wildcards as above.
ArnMatch matchKmsKeyArn(std::string_view text);

/// Parses a whole decimal integer ("10"); nullopt for anything else ("10.5", "", "${T}").
std::optional<long long> parseInteger(std::string_view text);

// ---- Wording shared by the configuration rules --------------------------------------------

/// The logical id of a model key ("file#LogicalId" -> "LogicalId"); dump keys stay whole.
std::string displayId(const std::string &key);
/// True for facts written in Terraform (configurations, plans): messages then use its words.
template <typename Fact> bool isTerraform(const Fact &fact) { return fact.notation == model::Notation::Terraform; }
/// How messages name a trigger key of `pool`: "PostAuthentication", or for a Terraform pool the
/// provider's name, "post_authentication".
std::string triggerName(const model::UserPool &pool, std::string_view key);
/// How messages name a property in `notation`: the CloudFormation name ("Timeout"), or the
/// provider's attribute for a Terraform resource ("timeout").
std::string_view propertyName(model::Notation notation, std::string_view cloudFormationName);
/// How messages name a property of `fact`.
template <typename Fact> std::string_view propertyName(const Fact &fact, std::string_view cloudFormationName) {
  return propertyName(fact.notation, cloudFormationName);
}

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
std::string describeCondition(const model::Condition &condition);

/// Adds a note "this holds only <when …>" at `loc` when `condition` is not empty.
void addConditionNote(Finding &finding, const Location &loc, const model::Condition &condition);

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

// ---- Trigger sources and handler context, shared by the handler rules (TL2xx) ----------------
// Facts: reference §2 (trigger sources), §1.2 and §3.3-3.4 (PreTokenGeneration versions).

/// Every event.triggerSource value Cognito sends, in the order of triggerKeys() (no repeats).
std::vector<std::string_view> triggerSourceNames();
/// True when Cognito sends exactly this triggerSource (comparisons are case-sensitive).
bool isTriggerSource(std::string_view source);
/// True when some triggerSource starts with `prefix` (a starts_with/rfind(prefix, 0) test).
bool isTriggerSourcePrefix(std::string_view prefix);
/// The trigger type that sends `source` ("PreTokenGeneration" for TokenGeneration_*), "" if none.
std::string_view triggerTypeOfSource(std::string_view source);
/// True when trigger type `triggerType` sends `source`, or, with `prefix`, a source starting with it.
bool triggerSends(std::string_view triggerType, std::string_view source, bool prefix = false);
/// The canonical spelling of a triggerSource that one of the developer guide's own tables
/// misspells (VerifyAuthChallenge_Authentication, CustomSmsSender_*), or nullopt.
std::optional<std::string_view> documentedMisspelling(std::string_view source);
/// The trigger type a LambdaConfig key or trigger name configures ("PreTokenGenerationConfig" ->
/// "PreTokenGeneration"); the name itself when it is no key.
std::string triggerTypeOf(std::string_view keyOrType);
/// True when `triggerType` is the trigger type of some LambdaConfig key ("PreTokenGeneration").
bool isTriggerType(std::string_view triggerType);
/// Cognito waits for this trigger type (every one except the custom senders). Unknown types are
/// treated as synchronous: unknown is not proof of an exemption.
bool isSynchronousTriggerType(std::string_view triggerType);

/// Op values of model::SourceComparison that test a prefix rather than the whole source.
bool isPrefixComparison(std::string_view op);
/// True for a string of an enum's JSON mapping: a source it reads, or only a value it writes.
bool isEnumPairComparison(std::string_view op);

/// The PreTokenGeneration event version a handler link is configured with (reference §1.2).
struct TokenVersion {
  std::string value;      // "V1_0", "V2_0", "V3_0"; "" when not known
  Location loc;           // the LambdaVersion value, or the legacy PreTokenGeneration key
  bool legacyKey = false; // V1_0 because the pool has only the legacy PreTokenGeneration key
};
/// The configured version of the PreTokenGeneration trigger `link` ties a handler to: the pool's
/// PreTokenGenerationConfig entry targeting the link's function (all Fn::If branches must agree),
/// else the legacy PreTokenGeneration key (= V1_0); unknown without a pool or a single value.
TokenVersion preTokenGenerationVersion(const model::Model &model, const model::HandlerLink &link);
/// Adds a note where a known version is configured ("LambdaVersion V1_0 is configured here").
void addVersionNote(Finding &finding, const TokenVersion &version);
/// How messages name a known version: "V2_0", or "with the legacy PreTokenGeneration key (V1_0 events)".
std::string describeVersion(const TokenVersion &version);

/// One trigger a handler serves, and how that is known.
struct ServedTrigger {
  std::string type;       // trigger type: "PostAuthentication", "PreTokenGeneration"
  model::HandlerLink link; // the link (Dispatch links inferred here carry the comparison's location)
  bool inferred() const { return link.via == model::HandlerLink::Via::Dispatch; }
};
/// The triggers `handler` serves: its links, with Dispatch links dropped for types that a stronger
/// link names; without any link, the trigger types inferred from its triggerSource comparisons.
std::vector<ServedTrigger> servedTriggers(const model::Handler &handler);
/// True when code with context `ctx` can run when the handler serves `triggerType`: no guard or a
/// guard that this type sends, and not every source of the type excluded.
bool runsUnder(const model::CodeContext &ctx, std::string_view triggerType);
/// True when some trigger type can run code with context `ctx`: false only for code guarded by
/// sources no trigger sends (a misspelt comparison, which TL205 reports) or with every source excluded.
bool runsUnderSomeTrigger(const model::CodeContext &ctx);
/// The served triggers under which code with context `ctx` can run.
std::vector<ServedTrigger> triggersRunning(const std::vector<ServedTrigger> &served, const model::CodeContext &ctx);

/// Adds "called from here" at each call site of `ctx.via`, outermost first.
void addCallChainNotes(Finding &finding, const model::CodeContext &ctx);
/// Adds a note where the handler is tied to its trigger (binding, config entry, annotation, or
/// the triggerSource comparison it is inferred from).
void addLinkNote(Finding &finding, const model::Model &model, const ServedTrigger &served);
/// Adds "analysis of this file ran degraded: <reason>" when the handler's facts come from a file
/// that did not fully parse.
void addDegradedNote(Finding &finding, const model::Handler &handler);
/// "file/function/key...": a handler finding's identity without line numbers.
std::string handlerAnchor(const model::Handler &handler, std::initializer_list<std::string_view> key);
/// "the PostAuthentication trigger of pool UserPool" / "the PostAuthentication trigger".
std::string describeServed(const model::Model &model, const ServedTrigger &served);
/// A response path as written: "response.claimsOverrideDetails.claimsToAddOrOverride.sub".
std::string joinPath(const std::vector<std::string> &path);
/// True when `path` starts with `prefix`.
bool pathStartsWith(const std::vector<std::string> &path, std::initializer_list<std::string_view> prefix);

} // namespace tl::cognito
