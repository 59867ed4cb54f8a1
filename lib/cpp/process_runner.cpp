#include "cpp/process_runner.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace tl::cpp {
namespace {

using Clock = std::chrono::steady_clock;

int millisLeft(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left < 0 ? 0 : static_cast<int>(std::min<long long>(left, 1000));
}

// Kills the child's whole process group (it was started as its own group leader), so that a
// frontend wrapper script and what it started both go.
void killGroup(pid_t pid) {
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
}

void recordStatus(int status, ProcessResult &r) {
  if (WIFEXITED(status)) {
    r.exited = true;
    r.exitCode = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    r.signal = WTERMSIG(status);
  }
}

} // namespace

ProcessResult runProcess(const std::vector<std::string> &argv, std::chrono::milliseconds timeout, size_t maxOutput) {
  ProcessResult r;
  if (argv.empty()) {
    r.error = "no program";
    return r;
  }
  int fds[2];
  // O_CLOEXEC: children started by other threads must not inherit our write end, or this
  // pipe would never see end-of-file.
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    r.error = std::strerror(errno);
    return r;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  std::vector<char *> args;
  for (const auto &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    r.error = std::strerror(rc);
    return r;
  }
  r.started = true;

  const Clock::time_point deadline = Clock::now() + timeout;
  char buffer[65536];
  bool open = true;
  while (open) {
    if (Clock::now() >= deadline) {
      r.timedOut = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int n = ::poll(&p, 1, millisLeft(deadline));
    if (n < 0 && errno != EINTR)
      break;
    if (n <= 0)
      continue;
    ssize_t got = ::read(fds[0], buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
      continue;
    if (got <= 0) {
      open = false;
    } else if (r.out.size() + static_cast<size_t>(got) > maxOutput) {
      r.outputTooLarge = true;
      break;
    } else {
      r.out.append(buffer, static_cast<size_t>(got));
    }
  }
  ::close(fds[0]);

  int status = 0;
  if (r.timedOut || r.outputTooLarge) {
    killGroup(pid);
    ::waitpid(pid, &status, 0);
    recordStatus(status, r);
    return r;
  }
  // stdout is closed; the child may still be running (or hang after closing it).
  for (;;) {
    pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) {
      recordStatus(status, r);
      return r;
    }
    if (w < 0 && errno != EINTR)
      return r;
    if (Clock::now() >= deadline) {
      r.timedOut = true;
      killGroup(pid);
      ::waitpid(pid, &status, 0);
      recordStatus(status, r);
      return r;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

} // namespace tl::cpp
