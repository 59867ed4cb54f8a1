// TL001 duplicate-key: a YAML/JSON key given twice in one mapping; CloudFormation keeps the last.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL001",
    .name = "duplicate-key",
    .severity = Severity::Warning,
    .summary = "a key is given twice in one mapping; CloudFormation silently keeps the last one",
    .whatItDoes = "Reports a key that appears more than once in the same YAML or JSON mapping of a template or "
                  "an AWS CLI dump, at the later occurrence, with a note at the earlier one. Duplicate trigger "
                  "keys inside a LambdaConfig are left to TL102 (duplicate-trigger-handler), which says which "
                  "function is lost.",
    .whyBad = "YAML and JSON forbid nothing here, and CloudFormation was observed to accept such templates "
              "(validate-template passes) and deploy the last value: the earlier definition disappears "
              "without a word. Some clients (aws cloudformation deploy, ruamel-based tools) reject the file "
              "instead, so the same template behaves differently depending on how it is deployed.",
    .example = "Resources:\n"
               "  PreSignUpFn:\n"
               "    Type: AWS::Lambda::Function\n"
               "    Properties:\n"
               "      Timeout: 3\n"
               "      MemorySize: 256\n"
               "      Timeout: 30\n",
    .useInstead = "Resources:\n"
                  "  PreSignUpFn:\n"
                  "    Type: AWS::Lambda::Function\n"
                  "    Properties:\n"
                  "      MemorySize: 256\n"
                  "      Timeout: 3\n",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html",
};

// TL102 reports duplicate LambdaConfig keys as two handlers for one trigger, naming both
// functions; reporting them here too would say the same thing twice.
bool isLambdaConfigMapping(const std::string &path) {
  constexpr std::string_view kSuffix = ".LambdaConfig";
  return path == "LambdaConfig" ||
         (path.size() >= kSuffix.size() && path.compare(path.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0);
}

std::string where(const std::string &path) { return path.empty() ? "at the top level" : "in " + path; }

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &dup : model.duplicates) {
    if (isLambdaConfigMapping(dup.path))
      continue;
    Finding &f = sink.report(dup.second, "key '" + dup.key + "' is given twice " + where(dup.path) +
                                             "; CloudFormation silently keeps this one and drops the first, "
                                             "so remove one of them");
    f.notes.push_back({dup.first, "first '" + dup.key + "' here, silently dropped"});
    f.anchor = cognito::anchor({dup.path, dup.key});
  }
}

} // namespace

extern const Rule TL001_duplicate_key{kInfo, &check};

} // namespace tl::rules
