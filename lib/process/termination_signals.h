#pragma once
// What SIGTERM, SIGINT and SIGHUP do to a run that has started helper programs. Those run in
// process groups of their own (so a hang can be killed with everything it started), which also
// means a Ctrl-C at the terminal or a CI job's SIGTERM never reaches them: without forwarding
// they would keep running with parent 1 after triggerlint is gone.
//
// The handler only records the signal and wakes runProcess through a pipe; each runProcess
// sends the same signal to its child's process group, waits for it (SIGKILL after a grace
// period) and the last one to finish ends the program with that signal. When no child is running,
// the handler ends the program at once.

namespace tl::process {

/// Installs the handlers (once; later calls do nothing). Until then termination signals keep
/// their default action and runProcess does not watch for them.
void installTerminationHandlers();

/// The termination signal that arrived, or 0.
int pendingTerminationSignal();

/// Read end of a pipe that becomes readable (and stays so) when a termination signal arrives;
/// -1 before installTerminationHandlers. Pollers add it to their poll set and never read it.
int terminationFd();

/// Counts a child of runProcess as running for as long as it lives. When the last one ends after a
/// termination signal arrived, the destructor ends the program by that signal (exit status
/// 128+n as a shell reports it).
class RunningChild {
public:
  RunningChild();
  ~RunningChild();
  RunningChild(const RunningChild &) = delete;
  RunningChild &operator=(const RunningChild &) = delete;
};

} // namespace tl::process
