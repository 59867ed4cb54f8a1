// The process runner shared by the Clang frontend and `triggerlint collect`: separate stdout and
// stderr without deadlock, environment additions, limits and time limits.
#include "process/process_runner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string>

namespace {

using tl::process::ProcessOptions;
using tl::process::ProcessResult;
using tl::process::runProcess;

ProcessResult sh(const std::string &script, ProcessOptions options = {}) {
  return runProcess({"/bin/sh", "-c", script}, options);
}

TEST(ProcessRunner, CapturesStdoutAndStderrSeparately) {
  ProcessOptions options;
  options.captureStderr = true;
  ProcessResult r = sh("echo out; echo err >&2; exit 3", options);
  ASSERT_TRUE(r.started);
  EXPECT_TRUE(r.exited);
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
}

TEST(ProcessRunner, StderrGoesToDevNullUnlessCaptured) {
  ProcessResult r = sh("echo out; echo err >&2");
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "");
  // The old signature keeps its meaning: stdout only.
  ProcessResult old = runProcess({"/bin/sh", "-c", "echo a; echo b >&2"}, std::chrono::seconds(10));
  EXPECT_EQ(old.out, "a\n");
  EXPECT_EQ(old.err, "");
}

// A child that fills the stderr pipe before writing stdout blocks forever if the parent reads
// only one of them.
TEST(ProcessRunner, LargeOutputOnBothStreamsDoesNotDeadlock) {
  ProcessOptions options;
  options.captureStderr = true;
  options.maxStderr = 4u << 20;
  options.timeout = std::chrono::seconds(20);
  ProcessResult r =
      sh("head -c 1048576 /dev/zero >&2; head -c 1048576 /dev/zero; head -c 1048576 /dev/zero >&2", options);
  ASSERT_TRUE(r.exited);
  EXPECT_FALSE(r.timedOut);
  EXPECT_EQ(r.out.size(), 1048576u);
  EXPECT_EQ(r.err.size(), 2u * 1048576u);
}

TEST(ProcessRunner, StderrBeyondItsLimitIsDroppedWithoutFailing) {
  ProcessOptions options;
  options.captureStderr = true;
  options.maxStderr = 1000;
  ProcessResult r = sh("head -c 100000 /dev/zero >&2; echo done", options);
  EXPECT_TRUE(r.exited);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_FALSE(r.outputTooLarge);
  EXPECT_EQ(r.err.size(), 1000u);
  EXPECT_EQ(r.out, "done\n");
}

TEST(ProcessRunner, StdoutBeyondItsLimitKillsTheChild) {
  ProcessOptions options;
  options.maxOutput = 1000;
  ProcessResult r = sh("head -c 100000 /dev/zero; sleep 30", options);
  EXPECT_TRUE(r.outputTooLarge);
  EXPECT_FALSE(r.exited);
}

TEST(ProcessRunner, AddsAndReplacesEnvironmentVariables) {
  ::setenv("TL_PROCESS_TEST_KEEP", "kept", 1);
  ::setenv("TL_PROCESS_TEST_REPLACE", "old", 1);
  ProcessOptions options;
  options.environment = {{"TL_PROCESS_TEST_REPLACE", "new"}, {"TL_PROCESS_TEST_EMPTY", ""}};
  ProcessResult r = sh("echo \"$TL_PROCESS_TEST_KEEP $TL_PROCESS_TEST_REPLACE [${TL_PROCESS_TEST_EMPTY-unset}]\"; "
                       "env | grep -c '^TL_PROCESS_TEST_REPLACE='",
                       options);
  EXPECT_EQ(r.out, "kept new []\n1\n");
  // This process's environment is untouched.
  EXPECT_STREQ(std::getenv("TL_PROCESS_TEST_REPLACE"), "old");
  ::unsetenv("TL_PROCESS_TEST_KEEP");
  ::unsetenv("TL_PROCESS_TEST_REPLACE");
}

// The timeout kills the whole process group: a grandchild holding the pipe open must not keep
// the runner waiting.
TEST(ProcessRunner, TimeoutKillsTheProcessGroup) {
  ProcessOptions options;
  options.timeout = std::chrono::milliseconds(300);
  options.captureStderr = true;
  auto start = std::chrono::steady_clock::now();
  ProcessResult r = sh("sleep 30 & sleep 30; wait", options);
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(r.timedOut);
  EXPECT_FALSE(r.exited);
  EXPECT_EQ(r.signal, SIGKILL);
  EXPECT_LT(took, std::chrono::seconds(10));
}

TEST(ProcessRunner, ReportsAProgramThatCannotStart) {
  ProcessResult r = runProcess({"/nonexistent/program"}, ProcessOptions{});
  EXPECT_FALSE(r.started);
  EXPECT_FALSE(r.error.empty());
  EXPECT_FALSE(runProcess({}, ProcessOptions{}).started);
}

} // namespace
