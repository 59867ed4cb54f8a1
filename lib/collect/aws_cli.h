#pragma once
// Finding and running the AWS CLI for `triggerlint collect`. Works with CLI v1 and v2: both take
// the same options, print JSON with `--output json`, and report service errors on stderr as
// `An error occurred (CODE) when calling the OPERATION operation: MESSAGE`.
#include "document/node.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tl::collect {

/// The CLI to run and the options every call passes through.
struct AwsCli {
  std::string path;
  std::string region;      // --region, when not empty
  std::string profile;     // --profile, when not empty
  std::string endpointUrl; // --endpoint-url, when not empty
  std::chrono::milliseconds timeout{60'000};
};

/// The CLI to use: `explicitPath` (--aws) when not empty, else $TRIGGERLINT_AWS when set, else
/// the first `aws` on PATH. A value without '/' is looked up on PATH. "" when the chosen one is
/// not an executable file.
std::string findAwsCli(const std::string &explicitPath);

/// The argv of one call: `args` (service, operation, parameters), `--output json`, and the
/// pass-through options that are set.
std::vector<std::string> awsArgv(const AwsCli &cli, const std::vector<std::string> &args);

/// One call's outcome.
struct AwsCallResult {
  bool ok = false;
  std::string output;                      // stdout as printed, credentials redacted, when ok
  std::unique_ptr<doc::Document> document; // `output` parsed, when ok
  int exitCode = 0;                        // the CLI's exit status; -1 after a timeout or a signal
  std::string errorCode;                   // "ResourceNotFoundException"; "" when the CLI named none
  std::string message;                     // trimmed and redacted stderr, or what went wrong
};

/// Runs the CLI once with `args` (see awsArgv). Output that is not JSON counts as a failure.
AwsCallResult runAwsCall(const AwsCli &cli, const std::vector<std::string> &args);

/// CODE of the CLI's `An error occurred (CODE) when calling ...`, or "".
std::string parseErrorCode(std::string_view stderrText);

/// The line of a (possibly multi-line) CLI message worth one line of output: the service error,
/// else the last non-empty line (argparse and Python put the cause last).
std::string summaryLine(std::string_view message);

} // namespace tl::collect
