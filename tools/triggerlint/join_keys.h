#pragma once
// What ties one input file to others (issue 8: a run lints each group of files that join on its
// own, so that memory is bounded by the largest group). Every way a fact of one file can change
// a finding on another is a key here, or a flag that merges whole classes of files; whatever is
// in doubt merges, because merging too much costs memory while merging too little changes findings.
#include "model/model.h"

#include <string>
#include <vector>

namespace tl {

/// The join keys of one file's model and the classes of files it must share a model with.
struct JoinKeys {
  // Files with an equal key join: "export:NAME" (an Export and the imports of its name) and
  // "function:NAME" (a literal FunctionName and literal ARNs or names written elsewhere).
  std::vector<std::string> keys;
  bool dump = false;          // an AWS CLI dump: dumps join with each other and with templates by name
  bool declares = false;      // template pools or functions: a dump may name them (awsjson::joinDumps)
  bool cppSource = false;     // C++ handler units are grouped and linked across all of them
  bool hasCode = false;       // a function with a local code directory, which may hold a handler
  bool anyExport = false;     // writes an Export or an import
  bool wildcardExport = false; // an export or import name with deploy-time pieces, which may match any
  bool poolTriggers = false;   // a pool with trigger bindings (TL105 looks for their permissions everywhere)
  bool anyFunctionPermission = false; // a permission whose function is not known, which may be any (TL105)
};

/// The keys of `fragment`, the model of one file read on its own (before any join).
JoinKeys joinKeysOf(const model::Model &fragment, bool cppSource);

} // namespace tl
