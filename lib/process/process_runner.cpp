#include "process/process_runner.h"

#include "process/termination_signals.h"

#include <filesystem>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace tl::process {
namespace {

using Clock = std::chrono::steady_clock;

int millisLeft(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left < 0 ? 0 : static_cast<int>(std::min<long long>(left, 1000));
}

// Kills the child's whole process group (it was started as its own group leader), so that a
// wrapper script and what it started both go.
void killGroup(pid_t pid) {
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
}

// How long a child may take to end after a termination signal was passed on to it.
constexpr std::chrono::milliseconds kTerminationGrace{2000};

// This process is being terminated: the child's group gets the same signal, then SIGKILL once the
// leader has ended or the grace period is over, for members that outlive it or ignore the signal
// (a shell's background jobs ignore SIGINT). The leader is reaped only after that, so the group
// id cannot have been reused by then.
void passOnTermination(pid_t pid, int signal, int &status) {
  ::kill(-pid, signal);
  ::kill(pid, signal);
  const Clock::time_point deadline = Clock::now() + kTerminationGrace;
  while (Clock::now() < deadline) {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 && errno != EINTR)
      break;
    if (info.si_pid == pid)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  killGroup(pid);
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
}

void recordStatus(int status, ProcessResult &r) {
  if (WIFEXITED(status)) {
    r.exited = true;
    r.exitCode = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    r.signal = WTERMSIG(status);
  }
}

// The child's environment: ours, with `extra` replacing variables of the same name. Built before
// spawning because posix_spawn takes the whole array; `environ` itself is never modified.
std::vector<std::string> childEnvironment(const std::vector<std::pair<std::string, std::string>> &extra) {
  std::vector<std::string> env;
  for (char **e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    std::string_view name = entry.substr(0, entry.find('='));
    bool replaced = std::any_of(extra.begin(), extra.end(), [&](const auto &kv) { return kv.first == name; });
    if (!replaced)
      env.emplace_back(entry);
  }
  for (const auto &[name, value] : extra)
    env.push_back(name + "=" + value);
  return env;
}

// One pipe the parent reads from, with what it collected so far.
struct Stream {
  int fd = -1;
  std::string *sink = nullptr;
  size_t limit = 0;
  bool failOnLimit = false; // stdout: too much output is a failure; stderr: the rest is dropped
};

void closeFd(int &fd) {
  if (fd >= 0)
    ::close(fd);
  fd = -1;
}

} // namespace

ProcessResult runProcess(const std::vector<std::string> &argv, const ProcessOptions &options) {
  ProcessResult r;
  if (argv.empty()) {
    r.error = "no program";
    return r;
  }
  // Counted before the check, so that a termination signal arriving in between is seen either
  // here or by the handler, which then leaves this child to the poll loop below.
  const RunningChild running;
  if (pendingTerminationSignal() != 0) {
    r.error = "triggerlint is being terminated";
    return r;
  }
  int outPipe[2] = {-1, -1};
  int errPipe[2] = {-1, -1};
  // O_CLOEXEC: children started by other threads must not inherit our write ends, or these
  // pipes would never see end-of-file.
  if (::pipe2(outPipe, O_CLOEXEC) != 0 || (options.captureStderr && ::pipe2(errPipe, O_CLOEXEC) != 0)) {
    r.error = std::strerror(errno);
    for (int *fd : {&outPipe[0], &outPipe[1], &errPipe[0], &errPipe[1]})
      closeFd(*fd);
    return r;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
  if (options.captureStderr)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
  else
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
  std::vector<std::string> envStrings;
  std::vector<char *> envp;
  char **childEnv = environ;
  if (!options.environment.empty()) {
    envStrings = childEnvironment(options.environment);
    for (auto &e : envStrings)
      envp.push_back(e.data());
    envp.push_back(nullptr);
    childEnv = envp.data();
  }
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, args[0], &actions, &attr, args.data(), childEnv);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  closeFd(outPipe[1]);
  closeFd(errPipe[1]);
  if (rc != 0) {
    closeFd(outPipe[0]);
    closeFd(errPipe[0]);
    r.error = std::strerror(rc);
    return r;
  }
  r.started = true;

  std::vector<Stream> streams{{outPipe[0], &r.out, options.maxOutput, true}};
  if (options.captureStderr)
    streams.push_back({errPipe[0], &r.err, options.maxStderr, false});
  const Clock::time_point deadline = Clock::now() + options.timeout;
  char buffer[65536];
  auto anyOpen = [&] { return std::any_of(streams.begin(), streams.end(), [](const Stream &s) { return s.fd >= 0; }); };
  int terminatedBy = 0;
  while (anyOpen() && !r.outputTooLarge) {
    if (Clock::now() >= deadline) {
      r.timedOut = true;
      break;
    }
    if ((terminatedBy = pendingTerminationSignal()) != 0)
      break;
    pollfd polls[3];
    nfds_t count = 0;
    for (const Stream &s : streams)
      polls[count++] = pollfd{s.fd, POLLIN, 0}; // a negative fd is ignored by poll
    polls[count] = pollfd{terminationFd(), POLLIN, 0}; // wakes every thread's poll at once
    int n = ::poll(polls, count + 1, millisLeft(deadline));
    if (n < 0 && errno != EINTR)
      break;
    if (n <= 0)
      continue;
    for (nfds_t i = 0; i < count; ++i) {
      Stream &s = streams[i];
      if (s.fd < 0 || polls[i].revents == 0)
        continue;
      ssize_t got = ::read(s.fd, buffer, sizeof buffer);
      if (got < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (got <= 0) {
        closeFd(s.fd);
      } else if (s.sink->size() + static_cast<size_t>(got) > s.limit) {
        if (s.failOnLimit) {
          r.outputTooLarge = true;
          break;
        }
        s.sink->append(buffer, s.limit - s.sink->size());
      } else {
        try {
          s.sink->append(buffer, static_cast<size_t>(got));
        } catch (const std::bad_alloc &) {
          r.outputTooLarge = true; // more than this process can hold: kill the child, never leave it
          break;
        }
      }
    }
  }
  for (Stream &s : streams)
    closeFd(s.fd);

  int status = 0;
  if (terminatedBy != 0) {
    passOnTermination(pid, terminatedBy, status);
    recordStatus(status, r);
    return r;
  }
  if (r.timedOut || r.outputTooLarge) {
    killGroup(pid);
    ::waitpid(pid, &status, 0);
    recordStatus(status, r);
    return r;
  }
  // The pipes are closed; the child may still be running (or hang after closing them).
  for (;;) {
    pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) {
      recordStatus(status, r);
      return r;
    }
    if (w < 0 && errno != EINTR)
      return r;
    if (const int signal = pendingTerminationSignal(); signal != 0) {
      passOnTermination(pid, signal, status);
      recordStatus(status, r);
      return r;
    }
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

ProcessResult runProcess(const std::vector<std::string> &argv, std::chrono::milliseconds timeout, size_t maxOutput) {
  ProcessOptions options;
  options.timeout = timeout;
  options.maxOutput = maxOutput;
  return runProcess(argv, options);
}

bool isExecutable(const std::string &path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

} // namespace tl::process
