// TL107 custom-sender-config: a custom email/SMS sender without what Cognito needs to call it.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL107",
    .name = "custom-sender-config",
    .severity = Severity::Error,
    .summary = "a custom sender trigger lacks a KMS key ARN or has a LambdaVersion other than V1_0",
    .whatItDoes = "For user pools with a CustomEmailSender or CustomSMSSender trigger, reports a missing "
                  "LambdaConfig.KMSKeyID, a KMSKeyID that is not a KMS key ARN (a bare key id or an alias, also "
                  "when written as `!Ref` of an AWS::KMS::Key or AWS::KMS::Alias), and "
                  "a sender whose LambdaVersion is missing or not V1_0.",
    .whyBad = "Cognito encrypts the code it hands a custom sender with the pool's KMS key, so a sender "
              "cannot work without KMSKeyID (the CDK refuses to synthesize it). KMSKeyID must be a key ARN: "
              "the API's ARN pattern rejects a key id and an alias. The sender's LambdaVersion is required "
              "by the API and V1_0 is the only value it accepts; omitting it was reported to fail at the "
              "service although the CloudFormation reference marks it optional.",
    .example = "UserPool:\n"
               "  Type: AWS::Cognito::UserPool\n"
               "  Properties:\n"
               "    LambdaConfig:\n"
               "      CustomSMSSender:\n"
               "        LambdaArn: !GetAtt SmsSenderFn.Arn\n"
               "      KMSKeyID: alias/cognito-codes\n",
    .useInstead = "UserPool:\n"
                  "  Type: AWS::Cognito::UserPool\n"
                  "  Properties:\n"
                  "    LambdaConfig:\n"
                  "      CustomSMSSender:\n"
                  "        LambdaArn: !GetAtt SmsSenderFn.Arn\n"
                  "        LambdaVersion: V1_0\n"
                  "      KMSKeyID: !GetAtt CodesKey.Arn\n",
    .inTerraform = "Reads `lambda_config`'s `kms_key_id` and the `custom_email_sender` and "
                   "`custom_sms_sender` blocks: a sender without `kms_key_id`, a `kms_key_id` that is not a "
                   "key ARN (an `aws_kms_key`'s `.id` is its key id; use `.arn`), a `lambda_version` other "
                   "than V1_0.",
    .sourceUrl =
        "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sender-triggers.html",
};

using Via = model::TriggerBinding::Via;

// A custom sender configured in LambdaConfig (or deployed). A SAM event naming a sender is
// already wrong in shape (TL103), so its missing pieces are not reported again.
bool isSender(const model::TriggerBinding &binding) {
  const cognito::TriggerKey *key = cognito::findTriggerKey(binding.trigger);
  return binding.via != Via::SamEvent && key && key->invocation == cognito::Invocation::Asynchronous;
}

std::string describe(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding) {
  std::string fn = cognito::bindingFunctionName(model, binding);
  return "the " + cognito::triggerName(pool, binding.trigger) + " trigger of pool " + cognito::poolName(pool) +
         (fn.empty() ? "" : " (function " + fn + ")");
}

// A deployed pool is fixed with the key's ARN (update-user-pool); a template names the key resource.
std::string keyFix(const model::UserPool &pool, const model::TriggerBinding &binding) {
  if (cognito::isTerraform(pool))
    return "add kms_key_id = aws_kms_key.<name>.arn to lambda_config";
  return binding.via == model::TriggerBinding::Via::Dump ? "set LambdaConfig.KMSKeyID to the key's ARN"
                                                         : "add KMSKeyID: !GetAtt <Key>.Arn";
}

void checkMissingKey(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding,
                     FindingSink &sink) {
  if (!pool.kmsKeyId.empty())
    return;
  const std::string key = cognito::isTerraform(pool) ? "lambda_config's kms_key_id" : "LambdaConfig.KMSKeyID";
  Finding &f = sink.report(binding.keyLoc, describe(model, pool, binding) + " needs " + key +
                                               ", the KMS key Cognito encrypts the codes it sends with; " +
                                               keyFix(pool, binding));
  cognito::addConditionNote(f, binding.keyLoc, (pool.condition && binding.condition));
  f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "KMSKeyID"});
}

// `Ref` of a KMS resource never gives an ARN: a key (or replica key) gives its key id, an alias
// its name. Both fail the API's ARN pattern.
const char *refReturns(const std::string &refType) {
  if (refType == "AWS::KMS::Key" || refType == "AWS::KMS::ReplicaKey")
    return "the key id";
  if (refType == "AWS::KMS::Alias")
    return "the alias name";
  return nullptr;
}

// A key id or an alias fails the API's ARN pattern; only a key ARN works.
void checkKeyArn(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding *sender,
                 FindingSink &sink) {
  for (const model::Candidate &key : pool.kmsKeyId) {
    std::string owner = sender ? describe(model, pool, *sender) : "pool " + cognito::poolName(pool);
    if (!key.value) {
      if (const char *returns = refReturns(key.refType)) {
        Finding &f = sink.report(
            key.loc, cognito::isTerraform(pool)
                         ? "lambda_config's kms_key_id used by " + owner + " is the id attribute of a KMS resource, " +
                               returns + ", not a key ARN; use its arn attribute"
                         : "KMSKeyID used by " + owner + " is !Ref of an " + key.refType + ", which returns " +
                               returns + ", not a key ARN; use !GetAtt <Key>.Arn");
        cognito::addConditionNote(f, key.loc, (pool.condition && key.condition));
        f.anchor = cognito::anchor({cognito::poolName(pool), "KMSKeyID"});
      }
      continue;
    }
    if (cognito::matchKmsKeyArn(*key.value) != cognito::ArnMatch::Contradicts)
      continue;
    Finding &f =
        sink.report(key.loc,
                    std::string(cognito::propertyName(pool, "KMSKeyID")) + " '" + *key.value + "' used by " + owner +
                        " is not a KMS key ARN; use arn:<partition>:kms:<region>:<account>:key/<key id>" +
                        (key.origin == model::Origin::Dump ? std::string()
                         : cognito::isTerraform(pool)      ? " or aws_kms_key.<name>.arn"
                                                           : " or !GetAtt <Key>.Arn"),
                    cognito::severityFor(key.origin, Severity::Error));
    cognito::addOriginNote(f, key.origin, key.originLoc, key.originName, "the value");
    cognito::addConditionNote(f, key.loc, (pool.condition && key.condition));
    f.anchor = cognito::anchor({cognito::poolName(pool), "KMSKeyID"});
  }
}

void checkVersion(const model::Model &model, const model::UserPool &pool, const model::TriggerBinding &binding,
                  FindingSink &sink) {
  if (!binding.objectValued)
    return; // a plain ARN where an object belongs is TL103's finding
  if (binding.lambdaVersion.empty()) {
    Finding &f =
        sink.report(binding.keyLoc,
                    describe(model, pool, binding) + " has no " +
                        std::string(cognito::propertyName(pool, "LambdaVersion")) + ", which the API requires; add " +
                        (cognito::isTerraform(pool) ? "lambda_version = \"V1_0\"" : "LambdaVersion: V1_0"));
    cognito::addConditionNote(f, binding.keyLoc, (pool.condition && binding.condition));
    f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "LambdaVersion"});
    return;
  }
  for (const model::Candidate &version : binding.lambdaVersion) {
    if (!version.value || *version.value == "V1_0")
      continue;
    Finding &f = sink.report(version.loc,
                             describe(model, pool, binding) + " has " +
                                 std::string(cognito::propertyName(pool, "LambdaVersion")) + " '" + *version.value +
                                 "', but custom senders only accept V1_0; set " +
                                 (cognito::isTerraform(pool) ? "lambda_version = \"V1_0\"" : "LambdaVersion: V1_0"),
                             cognito::severityFor(version.origin, Severity::Error));
    cognito::addOriginNote(f, version.origin, version.originLoc, version.originName, "the value");
    cognito::addConditionNote(f, version.loc, (pool.condition && binding.condition && version.condition));
    f.anchor = cognito::anchor({cognito::poolName(pool), binding.trigger, "LambdaVersion"});
  }
}

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &pool : model.pools) {
    const model::TriggerBinding *firstSender = nullptr;
    for (const auto &binding : pool.triggers) {
      if (!isSender(binding))
        continue;
      if (!firstSender)
        firstSender = &binding;
      checkMissingKey(model, pool, binding, sink);
      checkVersion(model, pool, binding, sink);
    }
    checkKeyArn(model, pool, firstSender, sink);
  }
}

} // namespace

extern const Rule TL107_custom_sender_config{kInfo, &check};

} // namespace tl::rules
