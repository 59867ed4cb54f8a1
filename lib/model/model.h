#pragma once
// The one model that all frontends fill and all rules read (DESIGN.md §1). Plain data: no
// parsing, no Cognito rules. Every fact carries the location it was read from.
#include "model/condition.h"
#include "source/interned_text.h"
#include "source/location.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl::model {

/// The language a fact was written in: rules word their messages and fixes in it.
enum class Notation : uint8_t {
  CloudFormation, // templates (SAM included) and AWS CLI dumps
  Terraform,      // `.tf`/`.tf.json` configurations and `terraform show -json` plans and state
};

/// Where a resolved value came from; rules name it in messages and notes.
enum class Origin : uint8_t {
  Literal,          // written where it is used
  ParameterDefault, // a template parameter's Default (can be overridden at deploy time)
  Globals,          // SAM Globals.Function
  ServiceDefault,   // not written anywhere: the service default (Lambda Timeout = 3)
  Mapping,          // Fn::FindInMap
  Dump,             // an AWS CLI dump: the deployed value
  VariableFile,     // a Terraform variable's value in terraform.tfvars or *.auto.tfvars (loaded by
                    // `terraform plan` unless -var or -var-file override it)
};

/// One possible value of a property after intrinsics are resolved. Every branch of an Fn::If
/// gives its own candidate, labelled with the conditions that lead to it.
struct Candidate {
  std::optional<InternedText> value; // nullopt: unknown (ImportValue, SSM, other stacks, no default);
                                     // interned: a large template repeats a few values thousands of times
  Location loc;                      // the expression in the resource
  Location originLoc;                // the parameter default, Globals value or mapping entry
  InternedText originName;           // parameter name, "Globals.Function.Timeout", mapping name
  Condition condition;               // the Fn::If branches that lead to this value; empty: always
  InternedText refType;              // unknown `value` written as `Ref` of a template resource: its
                                     // type ("AWS::KMS::Key"), which decides what the Ref returns
  Origin origin = Origin::Literal;
  bool partial = false; // `value` was built by Sub/Join and keeps "${Name}" for the
                        // pieces known only at deploy time (pseudo parameters, ...)
};
using Candidates = std::vector<Candidate>; // empty: the property is absent

/// How a reference to a function (or an ARN) is written: trigger targets, permission FunctionName.
struct Target {
  enum class Form : uint8_t {
    GetAtt,  // Fn::GetAtt [resource, attribute]
    Ref,     // Ref resource (a Lambda function's Ref is its name, not its ARN)
    Literal, // a string, possibly built by Sub/Join; see `partial`
    Unknown, // cannot be resolved here (ImportValue, SSM, parameter without default, ...)
  };
  Form form = Form::Unknown;
  bool resourceExists = false;
  bool partial = false; // Literal with unresolvable "${...}" pieces
  Origin origin = Origin::Literal;
  InternedText resource;     // logical id (GetAtt, Ref)
  InternedText attribute;    // GetAtt attribute ("Arn")
  InternedText resourceType; // type of `resource` when it exists ("AWS::Lambda::Function")
  InternedText literal;      // Literal: the text; unresolvable pieces kept as "${Name}"
  std::string function;      // key of the model Function this resolves to; "" if none
  InternedText qualifier;    // alias/version name when the target is a qualified ARN
  Location loc;
  Location originLoc;
  InternedText originName;
  Condition condition;
  InternedText importName; // Unknown written as Fn::ImportValue: the export name, pieces known
                           // only at deploy time kept as "${Name}"; "" otherwise
  Location exportLoc;      // the other template's Export that `function` was joined through
};

/// An output another stack can import: `Outputs.<Id>.Export.Name` and the function its Value names.
struct Export {
  FilePath file;
  std::string name;          // the export name; pieces known only at deploy time kept as "${Name}"
  Location loc;              // the Export's Name
  std::vector<Target> value; // the Output's Value, one per Fn::If branch
};

/// One entry of a pool's trigger configuration: a LambdaConfig key or a SAM Cognito event.
struct TriggerBinding {
  enum class Via { LambdaConfig, SamEvent, Dump };
  Via via = Via::LambdaConfig;
  std::string pool;             // UserPool::key
  InternedText trigger;         // the key as written: "PostAuthentication", "PreTokenGenerationConfig"
  Location keyLoc;              // the key (or the SAM Trigger value)
  bool objectValued = false;    // written as {LambdaArn, LambdaVersion}
  bool stringValued = false;    // written as a plain value (string or intrinsic)
  std::vector<Target> targets;  // one per Fn::If branch; empty if LambdaArn is missing
  Candidates lambdaVersion;     // object-valued entries only
  Location lambdaVersionKeyLoc; // where LambdaVersion would be / is
  InternedText samFunction;     // SamEvent: the function resource declaring the event
  InternedText samEvent;        // SamEvent: the event's name
  Condition condition;          // the whole entry sits under these conditions
};

/// A Cognito user pool from a template or a dump.
struct UserPool {
  std::string key;        // unique in the model: "file#LogicalId" (template) or pool id (dump)
  InternedText logicalId; // template logical id; "" for dumps
  FilePath file;
  Location loc;          // the resource (logical id) or the dump object
  Notation notation = Notation::CloudFormation;
  InternedText type;     // "AWS::Cognito::UserPool", "describe-user-pool"
  std::string name;      // UserPoolName when literal; not interned: names are unique per deployment
  Condition condition;   // resource Condition
  bool hasLambdaConfig = false;
  bool lambdaConfigUnknown = false; // some LambdaConfig value is not a mapping (Fn::ImportValue, Ref)
  Location lambdaConfigLoc;
  // Every LambdaConfig block, where a format lets one be written more than once (Terraform's
  // `lambda_config`, static or `dynamic`), with the condition it exists under; empty otherwise.
  struct ConfigBlock {
    Location loc;
    Condition condition;
  };
  std::vector<ConfigBlock> lambdaConfigBlocks;
  std::vector<TriggerBinding> triggers;
  Candidates tier;                 // UserPoolTier; empty = not set (service default ESSENTIALS)
  Candidates kmsKeyId;             // LambdaConfig.KMSKeyID
  Candidates advancedSecurityMode; // UserPoolAddOns.AdvancedSecurityMode
  std::string arn;                 // dumps: describe-user-pool `Arn`; "" when unknown (templates, list-user-pools)
  std::string sameAs;              // key of the same pool read from another kind of input (template <-> dump)
  // A replica's regional configuration (AWS::Cognito::UserPoolRegionalConfigurationAttachment),
  // deployed in a stack of the replica's Region: the primary pool, as a template pool's key when
  // this template declares it, else the UserPoolId as written (whose prefix is the primary Region).
  std::string replicaOf;
  Candidates replicaPoolId;
  bool isReplica() const { return type == "AWS::Cognito::UserPoolRegionalConfigurationAttachment"; }
};

/// A Lambda function from a template or a dump.
struct Function {
  std::string key;        // unique in the model: "file#LogicalId" (template) or unqualified ARN (dump)
  InternedText logicalId; // template logical id; "" for dumps
  FilePath file;
  Location loc;
  Notation notation = Notation::CloudFormation;
  InternedText type; // "AWS::Lambda::Function", "AWS::Serverless::Function", "get-function-configuration"
  std::string name;  // FunctionName when literal; not interned: names are unique per deployment
  Condition condition;
  Candidates timeout; // effective: resource value, Globals, or ServiceDefault "3"
  Candidates reservedConcurrency;
  Candidates runtime;
  InternedText codeDir; // local code directory (SAM CodeUri, Metadata), "" when none
  std::string sameAs;   // key of the same deployed function read from another kind of input
                        // (template function <-> get-function-configuration dump)
};

/// A resource-based permission on a function (AWS::Lambda::Permission, SAM-generated, get-policy).
struct Permission {
  std::string key;        // unique in the model, like Function::key
  InternedText logicalId; // template logical id (SAM: "<Function>CognitoPermission")
  FilePath file;
  Location loc;
  Notation notation = Notation::CloudFormation;
  bool synthesized = false; // generated by a SAM Cognito event (loc = the event)
  Condition condition;
  std::vector<Target> function; // FunctionName, per Fn::If branch
  Candidates principal;
  Candidates action;
  bool hasSourceArn = false;
  Location sourceArnLoc;
  std::vector<Target> sourceArn; // what the SourceArn names (pool GetAtt Arn, Sub literal, ...)
  bool hasSourceAccount = false;
  bool dumped = false;     // a statement of get-policy output (not a template resource)
  InternedText statementId; // get-policy: the statement's Sid
};

/// A function policy the inputs tell about: a get-policy dump, or a get-policy call that found
/// no policy at all (then no permission exists). Permissions of a function whose policy was never
/// read are unknown, not missing.
struct PolicyRead {
  std::string function; // the ARN the policy belongs to, with its qualifier when it has one
  Location loc;
  bool none = false; // the call answered ResourceNotFoundException: no policy exists
};

/// An AWS CLI call that `triggerlint collect` made and that failed (its error record).
struct FailedCall {
  Location loc;
  std::string operation; // "get-policy", "describe-user-pool", ...
  std::string subject;   // pool id or function ARN as queried
  std::string errorCode; // "ResourceNotFoundException", "AccessDeniedException"; "" when unknown
  std::string message;   // what the CLI printed
};

/// get-function-concurrency output, before it is joined to its function: that output does not
/// name the function, its file name does.
struct DumpedConcurrency {
  std::string function; // function name or ARN from the file name
  Candidate reserved;   // ReservedConcurrentExecutions
};

/// The model key of a template resource: unique across files (UserPool, Function, Permission).
inline std::string resourceKey(std::string_view file, std::string_view logicalId) {
  std::string key;
  key.reserve(file.size() + 1 + logicalId.size());
  key.append(file).append("#").append(logicalId);
  return key;
}

/// A reference from one template resource to another (Ref, GetAtt, Sub, DependsOn): the edges
/// CloudFormation orders resources by.
struct Reference {
  InternedText from;   // logical id holding the reference
  InternedText to;     // logical id referenced
  Location loc;        // the reference; `loc.file` is the template holding both resources
  InternedText path;   // property path inside `from`, e.g. "Properties.Environment.Variables.POOL_ID"
  InternedText toType; // resource type of `to` ("AWS::KMS::Key"); "" if unknown
};

/// A problem with an input itself (unreadable, malformed, too deep): reported as TL000.
struct InputProblem {
  Location loc;
  std::string message;
  bool unreadable = false; // nothing could be read at all (drives exit status 2)
};

/// A duplicate key in a YAML/JSON input; the later one wins in CloudFormation.
struct DuplicateKey {
  Location first;
  Location second;
  std::string key;
  std::string path; // dotted path of the mapping, e.g. "Resources.Pool.Properties.LambdaConfig"
};

/// An in-source suppression: a `# triggerlint: ignore[TL101]` comment or a resource's
/// `Metadata: {triggerlint: {ignore: [TL101]}}`. It silences the named rules' findings on lines
/// firstLine..lastLine of `loc.file`.
struct Suppression {
  Location loc; // the comment or the Metadata entry
  uint32_t firstLine = 0;
  uint32_t lastLine = 0;
  std::vector<std::string> rules; // ids or names as written
  std::string reason;             // text after the bracket, if any
};

/// Where a fact in handler code sits: its own location, the call chain that reaches it from the
/// handler (each call site, outermost first), and the trigger sources that guard it.
struct CodeContext {
  Location loc;
  std::vector<Location> via;         // call sites from the handler down to the function holding loc
  std::vector<std::string> guards;   // triggerSource values of the `==` comparisons (and early returns
                                     // on `!=`) whose true branch holds the fact; empty = unguarded
  std::vector<std::string> excluded; // triggerSource values under which the fact cannot run (else-if
                                     // chains, `!=` branches)
};

/// A way the handler's invocation can fail.
struct FailurePath {
  enum class Kind {
    Throw,           // a throw (or rethrow) that no catch clause on its path catches
    FailureResponse, // invocation_response::failure(...) or invocation_response(..., false)
    Exit,            // exit, _Exit, quick_exit, abort, std::terminate, a throw leaving a noexcept function
  };
  Kind kind = Kind::Throw;
  std::string what; // the expression as written, short: "throw std::runtime_error", "std::abort"
  CodeContext ctx;
};

/// A JSON value the handler writes into the object it returns.
struct ResponseWrite {
  std::vector<std::string> path;    // keys from the event root, e.g. {"response",
                                    // "claimsOverrideDetails", "claimsToAddOrOverride", "sub"};
                                    // "*" for a key that is not a string constant
  std::vector<std::string> strings; // string constants written at that path (array items included)
  CodeContext ctx;
};

/// A string compared with event.triggerSource.
struct SourceComparison {
  std::string value; // the string constant
  std::string op;    // "==", "!=", "compare", "starts_with", "rfind", "strcmp"; "enum-pair": a string of
                     // an enum's JSON mapping (NLOHMANN_JSON_SERIALIZE_ENUM), which serialises the
                     // enum as well as reading the source into it
  CodeContext ctx;   // at the compared string as the comparison writes it: a literal, or a constant's name
  Location constant = {}; // the literal a named constant holds; unknown when the comparison writes the literal
};

/// A call that waits, or lets a client wait, for a known time.
struct SlowCall {
  std::string what;                // "std::this_thread::sleep_for", "CURLOPT_TIMEOUT", "requestTimeoutMs"
  std::optional<long long> millis; // constant value in milliseconds; nullopt when not constant
  CodeContext ctx;
};

/// What one `invocation_response::success(payload, ...)` call answers with. A synchronous trigger
/// must answer with the event it received (reference §10b); the frontend says which payloads are
/// something else, and `Unknown` whenever it cannot tell.
struct ResponsePayload {
  enum class Kind {
    Event,   // the event it received, possibly modified, serialised (event.dump(), a copy of req.payload)
    Literal, // a string constant: "{}", "OK", ""
    Built,   // a JSON object built from scratch, not from the event
    Unknown, // anything else (a helper's return value, a parameter, a value replaced somewhere)
  };
  Kind kind = Kind::Unknown;
  std::string text; // Literal: the constant; otherwise the payload as written, short
  CodeContext ctx;  // the payload argument
};

/// How a handler was tied to a trigger of a pool.
struct HandlerLink {
  enum class Via {
    Template,   // the function's code directory (SAM CodeUri, Metadata) holds the source
    Config,     // `handlers:` in .triggerlint.yaml
    Annotation, // `// triggerlint: trigger=NAME` in the source
    Dispatch,   // only inferred from triggerSource comparisons (by the rules, never by the linker)
  };
  Via via = Via::Template;
  std::string trigger;  // LambdaConfig key / trigger name: "PostAuthentication"
  std::string pool;     // UserPool::key, "" when no pool is known
  std::string function; // Function::key, "" when no function is known
  Location loc;         // the binding, the config entry or the annotation
};

/// A trigger name a `.triggerlint.yaml` `handlers:` entry gives, kept as written whether or not
/// its glob matches a source, so that TL103 can judge every name.
struct MappedTrigger {
  std::string name;
  std::string glob; // the entry's glob
  Location loc;     // the name in the configuration
};

/// A C++ trigger handler: a function with the aws-lambda-cpp handler signature (or the one the
/// config names), with the facts the Clang frontend found in it and in what it calls in the same
/// translation unit.
struct Handler {
  FilePath file;
  std::string function;
  Location loc;
  bool degraded = false;                      // some header was missing: facts come from recovery expressions
  std::string degradedReason;                 // Clang's first error, when degraded
  std::vector<std::string> annotatedTriggers; // `// triggerlint: trigger=A,B` above the function or
                                              // in the file's leading comment block
  Location annotationLoc;
  std::vector<Location> annotatedTriggerLocs; // where each name of annotatedTriggers is written
  std::vector<FailurePath> failures;
  std::vector<ResponseWrite> writes;
  std::vector<SourceComparison> comparisons;
  std::vector<SlowCall> slowCalls;
  std::vector<ResponsePayload> payloads; // every success(...) the handler and its callees return
  std::vector<HandlerLink> links; // filled when handlers are joined with templates and config
};

/// The lookup indexes Model builds on first use; kept apart so that Model's size check below can
/// count its fact lists.
struct ModelLookups {
  std::unordered_map<std::string, size_t> functionIndex;
  std::unordered_map<std::string, size_t> poolIndex;
  size_t indexedFunctions = 0;
  size_t indexedPools = 0;
};

/// Everything read from all inputs of one run.
struct Model {
  std::vector<UserPool> pools;
  std::vector<Function> functions;
  std::vector<Permission> permissions;
  std::vector<Reference> references;
  std::vector<Handler> handlers;
  std::vector<InputProblem> problems;
  std::vector<DuplicateKey> duplicates;
  std::vector<Suppression> suppressions;
  std::vector<PolicyRead> policiesRead;
  std::vector<FailedCall> failedCalls;
  std::vector<DumpedConcurrency> dumpedConcurrency;
  std::vector<Export> exports;
  std::vector<MappedTrigger> mappedTriggers; // every `handlers:` entry's names (filled by linking)

  /// Calls `visit(&Model::list)` for each fact list above, in order: the one list of them that
  /// code handling every fact (appendModel, estimatedBytes) walks, so that none is forgotten. A
  /// list added above and not here fails the static_assert after this struct.
  template <typename Visit> static constexpr void forEachFactList(Visit &&visit) {
    visit(&Model::pools);
    visit(&Model::functions);
    visit(&Model::permissions);
    visit(&Model::references);
    visit(&Model::handlers);
    visit(&Model::problems);
    visit(&Model::duplicates);
    visit(&Model::suppressions);
    visit(&Model::policiesRead);
    visit(&Model::failedCalls);
    visit(&Model::dumpedConcurrency);
    visit(&Model::exports);
    visit(&Model::mappedTriggers);
  }

  /// Lookups by key in constant time (rules call these per binding on large templates).
  const Function *findFunction(const std::string &key) const;
  const UserPool *findPool(const std::string &key) const;

private:
  // Built on first lookup and rebuilt when the vectors grew since; the model is filled first
  // and read afterwards, so this never goes stale in practice.
  mutable ModelLookups lookups_;
};

/// How many lists Model::forEachFactList visits.
constexpr size_t factListCount() {
  size_t n = 0;
  Model::forEachFactList([&n](auto) { ++n; });
  return n;
}

// Every std::vector has the same size whatever it holds, so a Model of exactly these parts holds
// no member that forEachFactList misses (a fact list added to Model and not there fails here).
static_assert(sizeof(Model) == factListCount() * sizeof(std::vector<char>) + sizeof(ModelLookups),
              "Model has a member that Model::forEachFactList does not visit: add it there");

} // namespace tl::model
