#pragma once
// `triggerlint collect`: asks the AWS CLI about deployed user pools and their trigger functions and
// writes one file per call into a directory that `triggerlint DIR` then lints (README "Auditing
// deployed pools"). Calls run one after another, in a fixed order, so runs are comparable.
#include "collect/aws_cli.h"

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace tl::collect {

/// What to collect and where to put it.
struct CollectOptions {
  std::string outDir;
  AwsCli cli;                       // the CLI, its pass-through options and the per-call timeout
  std::vector<std::string> poolIds; // empty: every pool list-user-pools returns
  bool quiet = false;               // no progress or summary lines (failures are still printed)
};

/// One call and what became of it.
struct CallOutcome {
  std::string operation; // "get-policy"
  std::string subject;   // pool id or function ARN as queried; "" for list-user-pools
  std::string file;      // the file written for it; "" when none was
  bool ok = false;
  bool noPolicy = false; // get-policy said ResourceNotFoundException: the function has no policy
};

/// What one collection did; the summary line and the exit status come from it.
struct CollectReport {
  std::vector<CallOutcome> calls;
  std::set<std::string> written;    // file names
  std::vector<std::string> removed; // files the earlier collection listed that this one did not write
  std::string fatal;                // why the run stopped (unusable directory); "" when it did not
  bool nothingCollected = false;    // list-user-pools failed, or every describe-user-pool did

  /// Failed calls, not counting get-policy's "no resource policy" answers.
  size_t failedCalls() const;
  /// 0 every call answered (or only said "no resource policy"); 1 some call failed; 2 the
  /// directory could not be used or no pool could be described.
  int exitStatus() const;
};

/// Runs the collection described by `options`, printing progress and failures to `err`.
CollectReport collect(const CollectOptions &options, std::ostream &err);

} // namespace tl::collect
