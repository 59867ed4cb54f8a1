// TL000 input-problem: an input that could not be read as what it claims to be.
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL000",
    .name = "input-problem",
    .severity = Severity::Error,
    .summary = "an input file could not be read, parsed or understood",
    .whatItDoes = "Reports files that cannot be read (permissions, binary content, invalid UTF-8), "
                  "YAML or JSON that does not parse, documents nested too deeply or too large, "
                  "and template constructs that CloudFormation or the SAM transform would reject "
                  "before deploying anything. The run goes on with the other files.",
    .whyBad = "A file triggerlint cannot read is a file it cannot check: without this finding a "
              "broken template would look clean. CloudFormation rejects the same input at deploy "
              "time, later and with a less precise location.",
    .example = "Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties: {LambdaConfig: [\n",
    .useInstead = "Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig: {}\n",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html",
};

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &problem : model.problems)
    sink.report(problem.loc, problem.message);
}

} // namespace

extern const Rule TL000_input_problem{kInfo, &check};

} // namespace tl::rules
