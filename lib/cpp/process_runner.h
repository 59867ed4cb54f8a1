#pragma once
// Runs a helper program and collects its stdout, with a time limit. Used for the Clang frontend
// (DESIGN.md §5): a crash or a hang in the child costs its batch, never the run.
#include <chrono>
#include <string>
#include <vector>

namespace tl::cpp {

struct ProcessResult {
  bool started = false;  // false: the program could not be started (see `error`)
  bool timedOut = false; // killed after the time limit
  bool exited = false;   // ended by exit(); false when killed by a signal
  int exitCode = 0;      // when `exited`
  int signal = 0;        // when killed by a signal
  std::string out;       // everything the child wrote to stdout
  std::string error;     // why it could not be started
  bool outputTooLarge = false; // stdout exceeded the limit; the child was killed
};

/// Starts `argv[0]` (a path, not searched in PATH) with `argv`, stdin and stderr on /dev/null,
/// reads its stdout while waiting (so a full pipe cannot deadlock), and kills its process group
/// when `timeout` passes. stdout beyond `maxOutput` bytes is dropped and counts as a failure.
ProcessResult runProcess(const std::vector<std::string> &argv, std::chrono::milliseconds timeout,
                         size_t maxOutput = 256u << 20);

} // namespace tl::cpp
