#pragma once
// Runs a helper program and collects what it prints, with a time limit. Used for the Clang
// frontend (DESIGN.md §5: a crash or a hang in the child costs its batch, never the run) and for
// the AWS CLI calls of `triggerlint collect`.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace tl::process {

/// How to run a child: time limit, output limits, and what it gets besides argv.
struct ProcessOptions {
  std::chrono::milliseconds timeout{60'000};
  size_t maxOutput = 256u << 20; // stdout beyond this kills the child and counts as a failure
  bool captureStderr = false;    // false: stderr goes to /dev/null
  size_t maxStderr = 1u << 20;   // stderr beyond this is read and dropped (never a failure)
  // Set in the child on top of this process's environment (replacing a variable of the same name).
  std::vector<std::pair<std::string, std::string>> environment;
};

/// What became of one child process.
struct ProcessResult {
  bool started = false;        // false: the program could not be started (see `error`)
  bool timedOut = false;       // killed after the time limit
  bool exited = false;         // ended by exit(); false when killed by a signal
  int exitCode = 0;            // when `exited`
  int signal = 0;              // when killed by a signal
  std::string out;             // everything the child wrote to stdout
  std::string err;             // what it wrote to stderr, when captured (at most maxStderr bytes)
  std::string error;           // why it could not be started
  bool outputTooLarge = false; // stdout exceeded the limit; the child was killed
};

/// Starts `argv[0]` (a path, not searched in PATH) with `argv` as its own process group, stdin on
/// /dev/null, reads stdout (and stderr when captured) while waiting, so a full pipe cannot
/// deadlock, and kills the whole group when the timeout passes.
ProcessResult runProcess(const std::vector<std::string> &argv, const ProcessOptions &options);

/// True when `path` is a regular file this process may execute (runProcess does not search PATH,
/// so callers look for their programs with this).
bool isExecutable(const std::string &path);

/// The same with stderr on /dev/null and this process's environment.
ProcessResult runProcess(const std::vector<std::string> &argv, std::chrono::milliseconds timeout,
                         size_t maxOutput = 256u << 20);

} // namespace tl::process
