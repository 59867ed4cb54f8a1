#include "process/termination_signals.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace tl::process {
namespace {

// Lock-free atomics are async-signal-safe; sequentially consistent order makes the handler and
// a thread about to start a child agree on who ends the program (see RunningChild).
std::atomic<int> gSignal{0};
std::atomic<int> gRunning{0};
int gWakeRead = -1;
int gWakeWrite = -1;

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

// Ends the program the way the signal would have without a handler, so a shell sees the status
// it expects (and stops a loop on Ctrl-C).
[[noreturn]] void dieBy(int signal) {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(signal, &dfl, nullptr);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signal);
  ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  ::raise(signal);
  ::_exit(128 + signal); // not reached unless the signal is ignored by the system
}

void onTerminationSignal(int signal) {
  int expected = 0;
  gSignal.compare_exchange_strong(expected, signal);
  const int saved = errno;
  if (gWakeWrite >= 0) {
    [[maybe_unused]] ssize_t n = ::write(gWakeWrite, "x", 1); // full pipe: already readable
  }
  errno = saved;
  if (gRunning.load() == 0)
    dieBy(gSignal.load());
}

} // namespace

void installTerminationHandlers() {
  static std::atomic<bool> installed{false};
  if (installed.exchange(true))
    return;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
    gWakeRead = fds[0];
    gWakeWrite = fds[1];
  }
  struct sigaction action {};
  action.sa_handler = onTerminationSignal;
  sigemptyset(&action.sa_mask);
  for (int s : kSignals)
    sigaddset(&action.sa_mask, s); // one handler at a time: the first signal wins
  action.sa_flags = SA_RESTART;
  for (int s : kSignals) {
    struct sigaction old {};
    // A signal ignored when we started (nohup, a shell's background job) stays ignored.
    if (::sigaction(s, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    ::sigaction(s, &action, nullptr);
  }
}

int pendingTerminationSignal() { return gSignal.load(); }

int terminationFd() { return gWakeRead; }

RunningChild::RunningChild() { gRunning.fetch_add(1); }

RunningChild::~RunningChild() {
  if (gRunning.fetch_sub(1) == 1 && gSignal.load() != 0)
    dieBy(gSignal.load());
}

} // namespace tl::process
