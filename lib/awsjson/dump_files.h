#pragma once
// How `triggerlint collect` names the files it writes and records the calls that failed. The
// dump frontend reads the same names and records, so writer and reader cannot drift apart.
//
// One file per AWS CLI call, in one directory:
//   list-user-pools.json
//   describe-user-pool.<pool-id>.json
//   get-function-configuration.<function-name>[.<qualifier>].json
//   get-policy.<function-name>[.<qualifier>].json
//   get-function-concurrency.<function-name>.json
// A call that failed writes `<same stem>.error.json` instead, holding a collect error record.
#include <string>
#include <string_view>

namespace tl::awsjson {

/// The key of a collect error record: `{"TriggerlintCollectError": {"Operation": "get-policy",
/// "Subject": "<pool id or function ARN as queried>", "ExitCode": 254, "ErrorCode":
/// "ResourceNotFoundException", "Message": "<what the CLI printed>"}}`.
inline constexpr std::string_view kCollectErrorKey = "TriggerlintCollectError";

/// True when a failed call's answer means "this function has no resource policy": get-policy's
/// ResourceNotFoundException. Lambda uses the same code, with "Function not found", when the
/// function itself is missing, which says nothing about a policy.
bool isNoPolicyAnswer(std::string_view operation, std::string_view errorCode, std::string_view message);

/// The parts of a dump file name.
struct DumpFileName {
  bool ok = false;
  std::string operation; // "get-policy"
  std::string subject;   // pool id or function name; "" for list-user-pools
  std::string qualifier; // alias or version; "" when unqualified
  bool error = false;    // `.error.json`
};

/// The file name (no directory) for one call. `subject` and `qualifier` may be empty. Characters
/// that cannot appear in a file name portably (anything but [A-Za-z0-9_$-]) become '_'.
std::string dumpFileName(std::string_view operation, std::string_view subject = {},
                         std::string_view qualifier = {}, bool error = false);

/// Parses a base name written by dumpFileName; ok=false for any other name.
DumpFileName parseDumpFileName(std::string_view basename);

} // namespace tl::awsjson
