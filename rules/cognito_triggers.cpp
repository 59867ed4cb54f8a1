#include "cognito_triggers.h"

#include "model/declaration_scope.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>

namespace tl::cognito {
namespace {

// ---- The LambdaConfig key table (reference §1.1, §2) ----------------------------------------

constexpr std::string_view kV1[] = {"V1_0"};
constexpr std::string_view kV123[] = {"V1_0", "V2_0", "V3_0"};
constexpr std::span<const std::string_view> kNoVersions{};

constexpr std::string_view kPreSignUpSources[] = {"PreSignUp_SignUp", "PreSignUp_AdminCreateUser",
                                                  "PreSignUp_ExternalProvider"};
constexpr std::string_view kPostConfirmationSources[] = {"PostConfirmation_ConfirmSignUp",
                                                         "PostConfirmation_ConfirmForgotPassword"};
constexpr std::string_view kPreAuthenticationSources[] = {"PreAuthentication_Authentication"};
constexpr std::string_view kPostAuthenticationSources[] = {"PostAuthentication_Authentication"};
constexpr std::string_view kDefineAuthChallengeSources[] = {"DefineAuthChallenge_Authentication"};
constexpr std::string_view kCreateAuthChallengeSources[] = {"CreateAuthChallenge_Authentication"};
constexpr std::string_view kVerifyAuthChallengeResponseSources[] = {"VerifyAuthChallengeResponse_Authentication"};
constexpr std::string_view kTokenGenerationSources[] = {
    "TokenGeneration_HostedAuth",         "TokenGeneration_Authentication", "TokenGeneration_NewPasswordChallenge",
    "TokenGeneration_AuthenticateDevice", "TokenGeneration_RefreshTokens",  "TokenGeneration_ClientCredentials"};
constexpr std::string_view kUserMigrationSources[] = {"UserMigration_Authentication", "UserMigration_ForgotPassword"};
constexpr std::string_view kCustomMessageSources[] = {
    "CustomMessage_SignUp",         "CustomMessage_AdminCreateUser",     "CustomMessage_ResendCode",
    "CustomMessage_ForgotPassword", "CustomMessage_UpdateUserAttribute", "CustomMessage_VerifyUserAttribute",
    "CustomMessage_Authentication"};
constexpr std::string_view kCustomEmailSenderSources[] = {"CustomEmailSender_SignUp",
                                                          "CustomEmailSender_ResendCode",
                                                          "CustomEmailSender_ForgotPassword",
                                                          "CustomEmailSender_UpdateUserAttribute",
                                                          "CustomEmailSender_VerifyUserAttribute",
                                                          "CustomEmailSender_AdminCreateUser",
                                                          "CustomEmailSender_Authentication",
                                                          "CustomEmailSender_AccountTakeOverNotification"};
constexpr std::string_view kCustomSMSSenderSources[] = {"CustomSMSSender_SignUp",
                                                        "CustomSMSSender_ResendCode",
                                                        "CustomSMSSender_ForgotPassword",
                                                        "CustomSMSSender_UpdateUserAttribute",
                                                        "CustomSMSSender_VerifyUserAttribute",
                                                        "CustomSMSSender_AdminCreateUser",
                                                        "CustomSMSSender_Authentication"};
constexpr std::string_view kInboundFederationSources[] = {"InboundFederation_ExternalProvider"};

using enum Invocation;
constexpr TriggerKey kKeys[] = {
    {"PreSignUp", "PreSignUp", Synchronous, false, kNoVersions, kPreSignUpSources, "pre_sign_up"},
    {"PostConfirmation", "PostConfirmation", Synchronous, false, kNoVersions, kPostConfirmationSources,
     "post_confirmation"},
    {"PreAuthentication", "PreAuthentication", Synchronous, false, kNoVersions, kPreAuthenticationSources,
     "pre_authentication"},
    {"PostAuthentication", "PostAuthentication", Synchronous, false, kNoVersions, kPostAuthenticationSources,
     "post_authentication"},
    {"DefineAuthChallenge", "DefineAuthChallenge", Synchronous, false, kNoVersions, kDefineAuthChallengeSources,
     "define_auth_challenge"},
    {"CreateAuthChallenge", "CreateAuthChallenge", Synchronous, false, kNoVersions, kCreateAuthChallengeSources,
     "create_auth_challenge"},
    {"VerifyAuthChallengeResponse", "VerifyAuthChallengeResponse", Synchronous, false, kNoVersions,
     kVerifyAuthChallengeResponseSources, "verify_auth_challenge_response"},
    {"PreTokenGeneration", "PreTokenGeneration", Synchronous, false, kNoVersions, kTokenGenerationSources,
     "pre_token_generation"},
    {"PreTokenGenerationConfig", "PreTokenGeneration", Synchronous, true, kV123, kTokenGenerationSources,
     "pre_token_generation_config"},
    {"UserMigration", "UserMigration", Synchronous, false, kNoVersions, kUserMigrationSources, "user_migration"},
    {"CustomMessage", "CustomMessage", Synchronous, false, kNoVersions, kCustomMessageSources, "custom_message"},
    {"CustomEmailSender", "CustomEmailSender", Asynchronous, true, kV1, kCustomEmailSenderSources,
     "custom_email_sender"},
    {"CustomSMSSender", "CustomSMSSender", Asynchronous, true, kV1, kCustomSMSSenderSources, "custom_sms_sender"},
    {"InboundFederation", "InboundFederation", Synchronous, true, kV1, kInboundFederationSources, ""},
};

char lowerChar(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Levenshtein distance, ignoring case: `preSignUp` is as good a typo as `PreSignUpp`.
size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      size_t cost = lowerChar(a[i - 1]) == lowerChar(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// ---- ARN shapes -------------------------------------------------------------------------------

// One ':'-separated component of an ARN whose `${...}` pieces are unknown.
struct Component {
  std::string literalPrefix; // the text before the first placeholder (the whole text if none)
  bool hasPlaceholder = false;
  bool multiComponentPlaceholder = false; // a placeholder that may itself contain ':'
};

// Pseudo parameters that expand to exactly one ARN component; a parameter or ${X.Arn} may
// expand to a whole ARN.
bool isSingleComponentPseudo(std::string_view name) {
  return name == "AWS::Region" || name == "AWS::AccountId" || name == "AWS::Partition" || name == "AWS::URLSuffix" ||
         name == "AWS::StackName";
}

std::vector<Component> splitArn(std::string_view text) {
  std::vector<Component> out(1);
  size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "${") == 0) {
      size_t close = text.find('}', i);
      std::string_view name =
          text.substr(i + 2, close == std::string_view::npos ? std::string_view::npos : close - i - 2);
      out.back().hasPlaceholder = true;
      if (!isSingleComponentPseudo(name))
        out.back().multiComponentPlaceholder = true;
      if (close == std::string_view::npos)
        break;
      i = close + 1;
      continue;
    }
    if (text[i] == ':') {
      out.emplace_back();
    } else if (!out.back().hasPlaceholder) {
      out.back().literalPrefix += text[i];
    }
    ++i;
  }
  return out;
}

bool allOf(std::string_view s, bool (*pred)(char)) { return !s.empty() && std::all_of(s.begin(), s.end(), pred); }
bool isLowerAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

// aws, aws-cn, aws-us-gov, aws-iso-b, ...
bool isPartition(std::string_view s) {
  if (s.substr(0, 3) != "aws")
    return false;
  s.remove_prefix(3);
  while (!s.empty()) {
    if (s[0] != '-')
      return false;
    s.remove_prefix(1);
    size_t n = 0;
    while (n < s.size() && isLowerAlpha(s[n]))
      ++n;
    if (n == 0)
      return false;
    s.remove_prefix(n);
  }
  return true;
}

// us-east-1, us-gov-west-1, ap-southeast-5, eu-isoe-west-1
bool isRegion(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '-') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  if (parts.size() < 3 || parts.front().size() != 2 || !allOf(parts.front(), isLowerAlpha) ||
      !allOf(parts.back(), isDigit))
    return false;
  return std::all_of(parts.begin() + 1, parts.end() - 1, [](std::string_view p) { return allOf(p, isLowerAlpha); });
}

bool isAccount(std::string_view s) { return s.size() == 12 && allOf(s, isDigit); }

bool isFunctionName(std::string_view s) { return s.size() <= 64 && allOf(s, isNameChar); }

bool isQualifier(std::string_view s) { return s == "$LATEST" || (s.size() <= 128 && allOf(s, isNameChar)); }

bool isKeyResource(std::string_view s) {
  return s.substr(0, 4) == "key/" &&
         allOf(s.substr(4), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// One position of an ARN shape: a check for the fully known component and the fixed text every
// value of the position starts with (so `alias/${Name}` can still contradict `key/...`).
struct Position {
  bool (*matches)(std::string_view);
  std::string_view fixedPrefix;
};

ArnMatch matchShape(std::string_view text, std::span<const Position> required, std::span<const Position> optional) {
  std::vector<Component> parts = splitArn(text);
  const size_t maxParts = required.size() + optional.size();
  bool anyPlaceholder = false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Component &part = parts[i];
    if (i >= maxParts)
      return ArnMatch::Contradicts;
    const Position &pos = i < required.size() ? required[i] : optional[i - required.size()];
    if (!part.hasPlaceholder) {
      if (!pos.matches(part.literalPrefix))
        return ArnMatch::Contradicts;
      continue;
    }
    anyPlaceholder = true;
    const std::string &known = part.literalPrefix;
    std::string_view fixed = pos.fixedPrefix;
    bool compatible = known.size() <= fixed.size() ? fixed.substr(0, known.size()) == known
                                                   : std::string_view(known).substr(0, fixed.size()) == fixed;
    if (!compatible)
      return ArnMatch::Contradicts;
    // Beyond a placeholder that may hold several components, positions are no longer known.
    if (part.multiComponentPlaceholder)
      return ArnMatch::Unknown;
  }
  if (parts.size() < required.size())
    return ArnMatch::Contradicts;
  return anyPlaceholder ? ArnMatch::Unknown : ArnMatch::Matches;
}

bool isArn(std::string_view s) { return s == "arn"; }
bool isLambda(std::string_view s) { return s == "lambda"; }
bool isKms(std::string_view s) { return s == "kms"; }
bool isFunctionWord(std::string_view s) { return s == "function"; }

constexpr Position kLambdaArn[] = {{isArn, "arn"},  {isPartition, "aws"},         {isLambda, "lambda"}, {isRegion, ""},
                                   {isAccount, ""}, {isFunctionWord, "function"}, {isFunctionName, ""}};
constexpr Position kLambdaQualifier[] = {{isQualifier, ""}};
constexpr Position kKmsKeyArn[] = {{isArn, "arn"}, {isPartition, "aws"}, {isKms, "kms"},
                                   {isRegion, ""}, {isAccount, ""},      {isKeyResource, "key/"}};

bool isIdentifier(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '.' || c == '-';
  });
}

} // namespace

std::span<const TriggerKey> triggerKeys() { return kKeys; }

const TriggerKey *findTriggerKey(std::string_view name) {
  for (const TriggerKey &key : kKeys)
    if (key.name == name)
      return &key;
  return nullptr;
}

std::vector<std::string_view> lambdaConfigKeyNames() {
  std::vector<std::string_view> names;
  for (const TriggerKey &key : kKeys)
    names.push_back(key.name);
  names.push_back(kKmsKeyId);
  return names;
}

std::optional<std::string_view> didYouMean(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.empty())
    return std::nullopt;
  // Close enough to be a typo: a quarter of the word, at least two edits.
  const size_t limit = std::max<size_t>(2, word.size() / 4);
  std::optional<std::string_view> best;
  size_t bestDistance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == word)
      return std::nullopt;
    size_t d = editDistance(word, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

std::optional<std::string_view> didYouMean(std::string_view word, const std::vector<std::string_view> &candidates) {
  return didYouMean(word, std::span<const std::string_view>(candidates));
}

ArnMatch matchLambdaFunctionArn(std::string_view text) { return matchShape(text, kLambdaArn, kLambdaQualifier); }

ArnMatch matchKmsKeyArn(std::string_view text) { return matchShape(text, kKmsKeyArn, {}); }

std::optional<long long> parseInteger(std::string_view text) {
  long long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    return std::nullopt;
  return value;
}

// ---- Wording ----------------------------------------------------------------------------------

std::string displayId(const std::string &key) {
  size_t hash = key.rfind('#');
  return hash == std::string::npos ? key : key.substr(hash + 1);
}

std::string triggerName(const model::UserPool &pool, std::string_view key) {
  if (isTerraform(pool))
    if (const TriggerKey *k = findTriggerKey(key); k && !k->terraformName.empty())
      return std::string(k->terraformName);
  return std::string(key);
}

std::string_view propertyName(model::Notation notation, std::string_view cloudFormationName) {
  // The AWS provider's names of the properties messages mention (aws_lambda_function,
  // aws_lambda_permission, aws_cognito_user_pool).
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"Timeout", "timeout"},
      {"ReservedConcurrentExecutions", "reserved_concurrent_executions"},
      {"Runtime", "runtime"},
      {"FunctionName", "function_name"},
      {"Principal", "principal"},
      {"SourceArn", "source_arn"},
      {"SourceAccount", "source_account"},
      {"LambdaVersion", "lambda_version"},
      {"LambdaArn", "lambda_arn"},
      {"KMSKeyID", "kms_key_id"},
      {"UserPoolTier", "user_pool_tier"},
      {"LambdaConfig", "lambda_config"},
      {"Environment", "environment"},
  };
  if (notation == model::Notation::Terraform)
    for (const auto &[cfn, terraform] : kNames)
      if (cfn == cloudFormationName)
        return terraform;
  return cloudFormationName;
}

std::string poolName(const model::UserPool &pool) {
  if (pool.isReplica())
    return pool.logicalId + " (replica)";
  if (!pool.logicalId.empty())
    return pool.logicalId;
  if (!pool.name.empty())
    return pool.name;
  return displayId(pool.key);
}

std::string functionName(const model::Function &fn) {
  if (!fn.logicalId.empty())
    return fn.logicalId;
  if (!fn.name.empty())
    return fn.name;
  return displayId(fn.key);
}

std::string functionNameInArn(std::string_view text, bool withQualifier) {
  std::optional<model::FunctionArn> arn = model::FunctionArn::parseFunctionName(text);
  if (!arn)
    return std::string(text);
  return withQualifier ? arn->displayName() : std::string(arn->name);
}

std::string targetName(const model::Model &model, const model::Target &target) {
  if (!target.function.empty())
    if (const model::Function *fn = model.findFunction(target.function))
      return functionName(*fn);
  switch (target.form) {
  case model::Target::Form::GetAtt:
  case model::Target::Form::Ref:
    return target.resource;
  case model::Target::Form::Literal:
    return functionNameInArn(target.literal); // as the console names it: name and qualifier
  case model::Target::Form::Unknown:
    break;
  }
  return {};
}

std::string bindingFunctionName(const model::Model &model, const model::TriggerBinding &binding) {
  if (!binding.samFunction.empty())
    return binding.samFunction;
  for (const model::Target &target : binding.targets) {
    std::string name = targetName(model, target);
    if (!name.empty())
      return name;
  }
  return {};
}

std::string describeCondition(const model::Condition &condition) {
  std::string out;
  for (const model::Condition::Term &term : condition.terms()) {
    out += out.empty() ? "when " : " and ";
    if (isIdentifier(term.name))
      out += "condition " + std::string(term.name) + (term.negated ? " is false" : " is true");
    else
      out += "(" + std::string(term.negated ? "!" : "") + std::string(term.name) + ") holds";
  }
  return out;
}

void addConditionNote(Finding &finding, const Location &loc, const model::Condition &condition) {
  if (condition.empty())
    return;
  finding.notes.push_back({loc, "this holds only " + describeCondition(condition)});
}

void addBindingNote(Finding &finding, const model::UserPool &pool, const model::TriggerBinding &binding,
                    std::string_view prefix) {
  std::string what = "the " + triggerName(pool, binding.trigger) + " trigger of pool " + poolName(pool);
  std::string text;
  switch (binding.via) {
  case model::TriggerBinding::Via::LambdaConfig:
    text = "bound here as " + what;
    break;
  case model::TriggerBinding::Via::SamEvent:
    text = "bound here as " + what + " by SAM event " + binding.samEvent + " of function " + binding.samFunction;
    break;
  case model::TriggerBinding::Via::Dump:
    text = "deployed as " + what + " here";
    break;
  }
  finding.notes.push_back({binding.keyLoc, std::string(prefix) + text});
  // A pool in another template reaches the function through an export: show the link.
  for (const model::Target &target : binding.targets)
    if (target.exportLoc.known())
      finding.notes.push_back(
          {target.exportLoc, "imported by the pool through this export (Fn::ImportValue " + target.importName + ")"});
}

std::string addOriginNote(Finding &finding, model::Origin origin, const Location &originLoc,
                          const std::string &originName, std::string_view what) {
  using model::Origin;
  switch (origin) {
  case Origin::Literal:
  case Origin::ServiceDefault:
    return {};
  case Origin::Globals:
    finding.notes.push_back({originLoc, std::string(what) + " is inherited from " +
                                            (originName.empty() ? std::string("Globals.Function") : originName) +
                                            " here"});
    return "inherited from Globals";
  case Origin::ParameterDefault:
    if (originName.starts_with("var.")) { // a Terraform variable's default
      finding.notes.push_back({originLoc, std::string(what) + " is the default of variable " + originName.substr(4) +
                                              ", which -var, a .tfvars file or a module call can override"});
      return "from the default of " + originName;
    }
    finding.notes.push_back({originLoc, std::string(what) + " is the default of parameter " + originName +
                                            ", which can be overridden at deploy time"});
    return "from the default of parameter " + originName;
  case Origin::Mapping:
    finding.notes.push_back({originLoc, std::string(what) + " comes from mapping " + originName + " here"});
    return "from mapping " + originName;
  case Origin::VariableFile:
    finding.notes.push_back({originLoc, std::string(what) + " is the value of variable " + originName.substr(4) +
                                            " in this file, which Terraform loads for the module (-var or "
                                            "-var-file override it)"});
    return "from the value of " + originName;
  case Origin::Dump:
    if (originLoc.known())
      finding.notes.push_back({originLoc, std::string(what) + " is the deployed value read here"});
    return "deployed";
  }
  return {};
}

Severity severityFor(model::Origin origin, Severity dflt) {
  return origin == model::Origin::ParameterDefault && dflt == Severity::Error ? Severity::Warning : dflt;
}

std::string anchor(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty())
      out += '/';
    out += part;
  }
  return out;
}

// ---- Trigger sources and handler context ------------------------------------------------------

std::vector<std::string_view> triggerSourceNames() {
  std::vector<std::string_view> names;
  for (const TriggerKey &key : kKeys)
    for (std::string_view source : key.triggerSources)
      if (std::find(names.begin(), names.end(), source) == names.end())
        names.push_back(source);
  return names;
}

bool isTriggerSource(std::string_view source) { return !triggerTypeOfSource(source).empty(); }

bool isTriggerSourcePrefix(std::string_view prefix) {
  for (const TriggerKey &key : kKeys)
    for (std::string_view source : key.triggerSources)
      if (source.starts_with(prefix))
        return true;
  return false;
}

std::string_view triggerTypeOfSource(std::string_view source) {
  for (const TriggerKey &key : kKeys)
    for (std::string_view s : key.triggerSources)
      if (s == source)
        return key.triggerType;
  return {};
}

bool triggerSends(std::string_view triggerType, std::string_view source, bool prefix) {
  for (const TriggerKey &key : kKeys) {
    if (key.triggerType != triggerType)
      continue;
    for (std::string_view s : key.triggerSources)
      if (prefix ? s.starts_with(source) : s == source)
        return true;
  }
  return false;
}

std::optional<std::string_view> documentedMisspelling(std::string_view source) {
  // The API-operation table of the developer guide's trigger page writes these; the trigger
  // pages and the event types use the canonical spelling (reference §2).
  if (source == "VerifyAuthChallenge_Authentication")
    return "VerifyAuthChallengeResponse_Authentication";
  if (source.starts_with("CustomSmsSender_")) {
    std::string canonical = "CustomSMSSender_" + std::string(source.substr(16));
    for (std::string_view s : kCustomSMSSenderSources)
      if (s == canonical)
        return s;
  }
  return std::nullopt;
}

std::string triggerTypeOf(std::string_view keyOrType) {
  if (const TriggerKey *key = findTriggerKey(keyOrType))
    return std::string(key->triggerType);
  return std::string(keyOrType);
}

const model::Candidate *knownCognitoPrincipal(const model::Permission &permission) {
  for (const auto &principal : permission.principal)
    if (principal.value && *principal.value == kCognitoPrincipal)
      return &principal;
  return nullptr;
}

bool isTriggerType(std::string_view triggerType) {
  return std::any_of(std::begin(kKeys), std::end(kKeys),
                     [&](const TriggerKey &key) { return key.triggerType == triggerType; });
}

bool isSynchronousTriggerType(std::string_view triggerType) {
  for (const TriggerKey &key : kKeys)
    if (key.triggerType == triggerType)
      return key.invocation == Invocation::Synchronous;
  return true;
}

bool isPrefixComparison(std::string_view op) { return op == "starts_with" || op == "rfind"; }

bool isEnumPairComparison(std::string_view op) { return op == "enum-pair"; }

TokenVersion preTokenGenerationVersion(const model::Model &model, const model::HandlerLink &link) {
  TokenVersion out;
  if (link.pool.empty())
    return out;
  const model::UserPool *pool = model.findPool(link.pool);
  if (!pool)
    return out;
  auto targetsLink = [&](const model::TriggerBinding &binding) {
    if (link.function.empty())
      return true;
    for (const model::Target &target : binding.targets)
      if (target.function == link.function)
        return true;
    return false;
  };
  for (const model::TriggerBinding &binding : pool->triggers) {
    if (binding.trigger != kPreTokenGenerationConfig || !targetsLink(binding))
      continue;
    // Every Fn::If branch must name the same known version, or the version is not known.
    for (const model::Candidate &candidate : binding.lambdaVersion) {
      if (!candidate.value || (!out.value.empty() && out.value != *candidate.value))
        return {};
      if (out.value.empty()) {
        out.value = *candidate.value;
        out.loc = candidate.loc.known() ? candidate.loc : binding.lambdaVersionKeyLoc;
      }
    }
    return out;
  }
  for (const model::TriggerBinding &binding : pool->triggers)
    if (binding.trigger == kPreTokenGeneration && targetsLink(binding))
      return {"V1_0", binding.keyLoc, true};
  return out;
}

// The one trigger type whose sources start with `prefix`; "" when none or several do (a prefix
// such as "Custom" tells nothing).
static std::string prefixTriggerType(std::string_view prefix) {
  std::string type;
  if (prefix.empty())
    return type;
  for (const TriggerKey &key : kKeys)
    for (std::string_view s : key.triggerSources)
      if (s.starts_with(prefix)) {
        if (!type.empty() && type != key.triggerType)
          return {};
        type = key.triggerType;
      }
  return type;
}

void addVersionNote(Finding &finding, const TokenVersion &version) {
  if (version.value.empty() || !version.loc.known())
    return;
  finding.notes.push_back({version.loc, version.legacyKey
                                            ? std::string("the legacy PreTokenGeneration key alone sends V1_0 events")
                                            : "LambdaVersion " + version.value + " is configured here"});
}

std::string describeVersion(const TokenVersion &version) {
  return version.legacyKey ? "with the legacy PreTokenGeneration key (V1_0 events)" : version.value;
}

std::vector<ServedTrigger> servedTriggers(const model::Handler &handler) {
  std::vector<ServedTrigger> out;
  auto strongFor = [&](const std::string &type) {
    for (const model::HandlerLink &link : handler.links)
      if (link.via != model::HandlerLink::Via::Dispatch && triggerTypeOf(link.trigger) == type)
        return true;
    return false;
  };
  for (const model::HandlerLink &link : handler.links) {
    std::string type = triggerTypeOf(link.trigger);
    // A binding under a misspelt key configures nothing (TL103 reports it): the handler does not
    // serve it.
    if (!isTriggerType(type))
      continue;
    if (link.via == model::HandlerLink::Via::Dispatch && strongFor(type))
      continue;
    out.push_back({type, link});
  }
  if (!handler.links.empty())
    return out;
  // No link at all: what the code itself compares triggerSource with is the best guess (not an
  // enum's JSON mapping, which a header may share between the functions of several triggers).
  for (const model::SourceComparison &cmp : handler.comparisons) {
    if (isEnumPairComparison(cmp.op))
      continue;
    std::string type =
        isPrefixComparison(cmp.op) ? prefixTriggerType(cmp.value) : std::string(triggerTypeOfSource(cmp.value));
    if (type.empty() || std::any_of(out.begin(), out.end(), [&](const ServedTrigger &s) { return s.type == type; }))
      continue;
    model::HandlerLink link;
    link.via = model::HandlerLink::Via::Dispatch;
    link.trigger = type;
    link.loc = cmp.ctx.loc;
    out.push_back({type, link});
  }
  return out;
}

// A guard is a whole source, or the prefix of a starts_with test ("TokenGeneration_").
static bool guardAdmits(std::string_view guard, std::string_view triggerType) {
  if (triggerSends(triggerType, guard, false))
    return true;
  return !guard.empty() && !isTriggerSource(guard) && triggerSends(triggerType, guard, true);
}

bool runsUnder(const model::CodeContext &ctx, std::string_view triggerType) {
  if (!ctx.guards.empty() && std::none_of(ctx.guards.begin(), ctx.guards.end(),
                                          [&](const std::string &guard) { return guardAdmits(guard, triggerType); }))
    return false;
  // Excluded only when every source of the type is excluded: an else-branch of
  // `== "PostConfirmation_ConfirmSignUp"` still runs for PostConfirmation_ConfirmForgotPassword.
  bool any = false;
  for (const TriggerKey &key : kKeys) {
    if (key.triggerType != triggerType)
      continue;
    for (std::string_view s : key.triggerSources) {
      any = true;
      if (std::find(ctx.excluded.begin(), ctx.excluded.end(), s) == ctx.excluded.end())
        return true;
    }
  }
  return !any; // a type unknown to Cognito's table: nothing to exclude it by
}

bool runsUnderSomeTrigger(const model::CodeContext &ctx) {
  return std::any_of(std::begin(kKeys), std::end(kKeys), [&](const TriggerKey &key) { return runsUnder(ctx, key.triggerType); });
}

std::vector<ServedTrigger> triggersRunning(const std::vector<ServedTrigger> &served, const model::CodeContext &ctx) {
  std::vector<ServedTrigger> out;
  for (const ServedTrigger &s : served)
    if (runsUnder(ctx, s.type))
      out.push_back(s);
  return out;
}

void addCallChainNotes(Finding &finding, const model::CodeContext &ctx) {
  for (const Location &site : ctx.via)
    finding.notes.push_back({site, "called from here"});
}

std::string describeServed(const model::Model &model, const ServedTrigger &served) {
  std::string text = "the " + served.type + " trigger";
  if (!served.link.pool.empty()) {
    const model::UserPool *pool = model.findPool(served.link.pool);
    text += " of pool " + (pool ? poolName(*pool) : displayId(served.link.pool));
  }
  return text;
}

void addLinkNote(Finding &finding, const model::Model &model, const ServedTrigger &served) {
  const model::HandlerLink &link = served.link;
  std::string text;
  switch (link.via) {
  case model::HandlerLink::Via::Template: {
    text = "bound here as " + describeServed(model, served);
    if (!link.function.empty()) {
      const model::Function *fn = model.findFunction(link.function);
      text += " to function " + (fn ? functionName(*fn) : displayId(link.function)) +
              ", whose code directory holds this file";
    }
    break;
  }
  case model::HandlerLink::Via::Config:
    text = "mapped to " + describeServed(model, served) + " by this handlers: entry of the configuration";
    break;
  case model::HandlerLink::Via::Annotation:
    text = "annotated here as a " + served.type + " handler";
    break;
  case model::HandlerLink::Via::Dispatch:
    text = served.type + " inferred from the triggerSource comparison here";
    break;
  }
  finding.notes.push_back({link.loc, text});
}

void addDegradedNote(Finding &finding, const model::Handler &handler) {
  if (handler.degraded)
    finding.notes.push_back(
        {Location{handler.file, 0, 0},
         "analysis of this file ran degraded: " +
             (handler.degradedReason.empty() ? std::string("some headers were missing") : handler.degradedReason)});
}

std::string handlerAnchor(const model::Handler &handler, std::initializer_list<std::string_view> key) {
  std::string out = handler.file + "/" + handler.function;
  for (std::string_view part : key)
    out += "/" + std::string(part);
  return out;
}

std::string joinPath(const std::vector<std::string> &path) {
  std::string out;
  for (const std::string &key : path)
    out += (out.empty() ? "" : ".") + key;
  return out;
}

bool pathStartsWith(const std::vector<std::string> &path, std::initializer_list<std::string_view> prefix) {
  if (path.size() < prefix.size())
    return false;
  size_t i = 0;
  for (std::string_view key : prefix)
    if (path[i++] != key)
      return false;
  return true;
}

} // namespace tl::cognito
