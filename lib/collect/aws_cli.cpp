#include "collect/aws_cli.h"

#include "collect/redaction.h"
#include "process/process_runner.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace tl::collect {
namespace {

// Empty PATH entries (the current directory) are skipped: collect must not run an `aws` that
// happens to lie where it was started.
std::string searchPath(const std::string &name) {
  const char *path = std::getenv("PATH");
  std::string_view rest = path ? path : "";
  while (!rest.empty()) {
    size_t colon = rest.find(':');
    std::string_view dir = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    if (dir.empty())
      continue;
    fs::path candidate = fs::path(dir) / name;
    if (process::isExecutable(candidate))
      return candidate.string();
  }
  return "";
}

std::string resolve(const std::string &given) {
  if (given.find('/') == std::string::npos)
    return searchPath(given);
  return process::isExecutable(given) ? given : "";
}

std::string trim(std::string_view s) {
  const char *space = " \t\r\n";
  size_t first = s.find_first_not_of(space);
  if (first == std::string_view::npos)
    return "";
  return std::string(s.substr(first, s.find_last_not_of(space) - first + 1));
}

std::string seconds(std::chrono::milliseconds ms) {
  std::ostringstream out;
  out << static_cast<double>(ms.count()) / 1000.0;
  return out.str();
}

} // namespace

std::string findAwsCli(const std::string &explicitPath) {
  if (!explicitPath.empty())
    return resolve(explicitPath);
  if (const char *env = std::getenv("TRIGGERLINT_AWS"); env && *env)
    return resolve(env);
  return searchPath("aws");
}

std::vector<std::string> awsArgv(const AwsCli &cli, const std::vector<std::string> &args) {
  std::vector<std::string> argv{cli.path};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), {"--output", "json"});
  for (const auto &[option, value] :
       {std::pair{"--region", &cli.region}, {"--profile", &cli.profile}, {"--endpoint-url", &cli.endpointUrl}})
    if (!value->empty())
      argv.insert(argv.end(), {option, *value});
  return argv;
}

AwsCallResult runAwsCall(const AwsCli &cli, const std::vector<std::string> &args) {
  process::ProcessOptions options;
  options.timeout = cli.timeout;
  options.captureStderr = true;
  // AWS_PAGER: CLI v2 pipes output through `less` otherwise; auto-prompt would wait for a human.
  options.environment = {{"AWS_PAGER", ""}, {"AWS_CLI_AUTO_PROMPT", "off"}};
  process::ProcessResult r = process::runProcess(awsArgv(cli, args), options);

  AwsCallResult out;
  out.exitCode = -1;
  if (!r.started) {
    out.message = "the AWS CLI '" + cli.path + "' could not be started: " + r.error;
    return out;
  }
  if (r.timedOut) {
    out.message = "the AWS CLI did not finish within " + seconds(cli.timeout) + " s";
    return out;
  }
  if (r.outputTooLarge) {
    out.message = "the AWS CLI printed more output than triggerlint accepts";
    return out;
  }
  if (!r.exited) {
    out.message = "the AWS CLI was killed by signal " + std::to_string(r.signal);
    return out;
  }
  out.exitCode = r.exitCode;
  // Both streams, before anything is read from them: every message and file below derives from
  // them, and with --profile the secrets are in no environment variable to look for.
  const std::vector<std::string> secrets = environmentSecrets();
  std::string err = redactSecrets(trim(r.err), secrets);
  r.out = redactSecrets(r.out, secrets, RedactionScope::Answer);
  if (r.exitCode != 0) {
    out.errorCode = parseErrorCode(err);
    out.message = err.empty() ? "the AWS CLI exited with status " + std::to_string(r.exitCode) : err;
    return out;
  }
  // Both CLI versions print nothing at all when the response is an empty object (for example
  // get-function-concurrency of a function without reserved concurrency).
  if (trim(r.out).empty())
    r.out = "{}\n";
  auto document = std::make_unique<doc::Document>();
  document->path = "<aws " + (args.size() >= 2 ? args[0] + " " + args[1] : std::string()) + " output>";
  document->text = r.out;
  doc::readJson(*document);
  if (!document->problems.empty() || !document->root) {
    out.message = "the AWS CLI printed output that is not JSON";
    // Where, but not the parser's message: that quotes the output, which may be anything at all.
    if (!document->problems.empty()) {
      const doc::ParseProblem &p = document->problems.front();
      out.message += " (line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ")";
    }
    if (!err.empty())
      out.message += "; it also printed: " + err;
    return out;
  }
  out.ok = true;
  out.output = std::move(r.out);
  out.document = std::move(document);
  return out;
}

std::string parseErrorCode(std::string_view stderrText) {
  constexpr std::string_view kMarker = "An error occurred (";
  size_t at = stderrText.find(kMarker);
  if (at == std::string_view::npos)
    return "";
  size_t start = at + kMarker.size();
  size_t end = stderrText.find(')', start);
  if (end == std::string_view::npos || end == start)
    return "";
  std::string_view code = stderrText.substr(start, end - start);
  if (code.find_first_of(" \t\r\n") != std::string_view::npos)
    return "";
  return std::string(code);
}

std::string summaryLine(std::string_view message) {
  std::string last;
  std::istringstream lines{std::string(message)};
  for (std::string line; std::getline(lines, line);) {
    line = trim(line);
    if (line.find("An error occurred (") != std::string::npos)
      return line;
    if (!line.empty())
      last = line;
  }
  return last;
}

} // namespace tl::collect
