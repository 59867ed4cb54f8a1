// TL000 input-problem: an input that could not be read as what it claims to be.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <set>
#include <utility>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL000",
    .name = "input-problem",
    .severity = Severity::Error,
    .summary = "an input file could not be read, parsed or understood",
    .whatItDoes = "Reports files and directories that cannot be read (permissions, a path longer than "
                  "PATH_MAX, binary content, UTF-16 or UTF-32 text, invalid UTF-8), "
                  "YAML or JSON that does not parse, documents nested too deeply or too large, "
                  "and template constructs that CloudFormation or the SAM transform would reject "
                  "before deploying anything, such as a function Timeout that is no whole number of "
                  "seconds from 1 to 900 (in a template or a dump). The run goes on with the other files.",
    .whyBad = "A file triggerlint cannot read is a file it cannot check: without this finding a "
              "broken template would look clean. CloudFormation rejects the same input at deploy "
              "time, later and with a less precise location.",
    .example = "Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties: {LambdaConfig: [\n",
    .useInstead = "Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties:\n      LambdaConfig: {}\n",
    .sourceUrl = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html",
    .alwaysRuns = true,
};

// Lambda takes a Timeout in whole seconds from 1 to 900. Anything else (10.5, 1e400, 2^64) is
// neither too long nor fine: TL101 cannot judge it, and CloudFormation or Lambda rejects it.
constexpr long long kMaxLambdaTimeout = 900;

bool isValidTimeout(const std::string &value) {
  const std::optional<long long> seconds = cognito::parseInteger(value);
  return seconds && *seconds >= 1 && *seconds <= kMaxLambdaTimeout;
}

// A hostile value may be a megabyte of digits; the message quotes its start.
std::string shown(const std::string &value) { return value.size() <= 40 ? value : value.substr(0, 40) + "..."; }

// Where the invalid value is written, and how the message names it: a Globals or parameter
// default is one value for every function that inherits it.
std::pair<Location, std::string> writtenAt(const model::Function &fn, const model::Candidate &timeout) {
  const std::string value = shown(*timeout.value);
  switch (timeout.origin) {
  case model::Origin::Globals:
    return {timeout.originLoc,
            "Timeout " + value + " in " + (timeout.originName.empty() ? "Globals.Function" : timeout.originName)};
  case model::Origin::ParameterDefault:
    return {timeout.originLoc, "Timeout " + value + ", the default of parameter " + timeout.originName + ","};
  case model::Origin::Mapping:
    return {timeout.originLoc, "Timeout " + value + " from mapping " + timeout.originName};
  case model::Origin::VariableFile:
    return {timeout.originLoc, "timeout " + value + ", the value of " + timeout.originName + ","};
  case model::Origin::Dump:
    return {timeout.loc, "deployed Timeout " + value + " of function " + cognito::functionName(fn)};
  case model::Origin::Literal:
  case model::Origin::ServiceDefault:
    break;
  }
  return {timeout.loc, "Timeout " + value + " of function " + cognito::functionName(fn)};
}

void checkTimeouts(const model::Model &model, FindingSink &sink) {
  std::set<std::pair<std::string, std::pair<uint32_t, uint32_t>>> reported;
  for (const model::Function &fn : model.functions)
    for (const model::Candidate &timeout : fn.timeout) {
      if (!timeout.value || timeout.partial || isValidTimeout(*timeout.value))
        continue;
      auto [loc, subject] = writtenAt(fn, timeout);
      if (!reported.insert({loc.file, {loc.line, loc.column}}).second)
        continue;
      sink.report(loc, subject + " is not a valid Lambda timeout: Lambda takes a whole number of seconds from 1 to 900",
                  cognito::severityFor(timeout.origin, Severity::Error));
    }
}

void check(const model::Model &model, FindingSink &sink) {
  for (const auto &problem : model.problems)
    sink.report(problem.loc, problem.message);
  checkTimeouts(model, sink);
}

} // namespace

extern const Rule TL000_input_problem{kInfo, &check};

} // namespace tl::rules
