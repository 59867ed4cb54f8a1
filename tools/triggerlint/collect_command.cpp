#include "collect_command.h"

#include "collect/collect.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

constexpr int kExitUsage = 2;

} // namespace

int runCollect(int argc, char **argv) {
  tl::collect::CollectOptions options;
  std::string aws;
  double timeoutSeconds = 60;
  CLI::App app{"triggerlint collect: run the AWS CLI against deployed user pools and write one JSON file per call "
               "into DIR, ready for `triggerlint DIR`",
               "triggerlint collect"};
  app.add_option("--out,-o", options.outDir, "Directory to write (created if missing; its parent must exist)")
      ->required();
  app.add_option("--region", options.cli.region, "AWS region, passed to the AWS CLI");
  app.add_option("--profile", options.cli.profile, "AWS CLI profile, passed to the AWS CLI");
  app.add_option("--pool-id", options.poolIds,
                 "Collect this user pool only (repeatable; default: every pool "
                 "list-user-pools returns)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--endpoint-url", options.cli.endpointUrl, "Endpoint URL, passed to the AWS CLI");
  app.add_option("--aws", aws, "The AWS CLI to run (default: $TRIGGERLINT_AWS, else `aws` on PATH)");
  app.add_option("--timeout", timeoutSeconds, "Seconds each AWS CLI call may take (default 60)")
      ->check(CLI::Range(0.01, 86400.0));
  app.add_flag("-q,--quiet", options.quiet, "No progress or summary lines; failures are still printed");
  app.footer("Needs cognito-idp:ListUserPools, cognito-idp:DescribeUserPool, lambda:GetFunctionConfiguration,\n"
             "lambda:GetPolicy and lambda:GetFunctionConcurrency. Exit status: 0 every call answered (a function\n"
             "without resource policy included); 1 some call failed (its .error.json record is written);\n"
             "2 usage error, no AWS CLI, DIR unusable, or no user pool could be listed or described.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::ParseError &e) {
    app.exit(e);
    return kExitUsage;
  }

  options.cli.path = tl::collect::findAwsCli(aws);
  if (options.cli.path.empty()) {
    std::cerr << "triggerlint collect: the AWS CLI ('aws') was not found; install it (Debian: apt install awscli) "
                 "or pass --aws PATH\n";
    return kExitUsage;
  }
  options.cli.timeout = std::chrono::milliseconds(static_cast<long long>(timeoutSeconds * 1000));
  return tl::collect::collect(options, std::cerr).exitStatus();
}
