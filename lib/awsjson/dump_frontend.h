#pragma once
// Frontends for AWS CLI JSON output (DESIGN.md §2): describe-user-pool, list-user-pools,
// get-function-configuration and get-function. They record what the dump says (origin Dump);
// rules decide what is wrong with it.
#include "document/node.h"
#include "model/model.h"

#include <string>
#include <string_view>

namespace tl::awsjson {

/// True when `root` is AWS CLI output this frontend reads: one of the objects above, or a
/// non-empty top-level array of them.
bool isDump(const doc::Node &root);

/// Adds the pools and functions of `doc` (which isDump accepted) to `model`.
void loadDump(const doc::Document &doc, model::Model &model);

/// After all inputs are loaded: sets Target::function of dump trigger targets whose ARN (without
/// qualifier) is the key of a dump function.
void linkDumpTargets(model::Model &model);

/// A Lambda function ARN split at the function name:
/// `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`.
struct FunctionArn {
  bool ok = false;
  std::string unqualified; // up to and including the name
  std::string name;
  std::string qualifier;   // "" when unqualified
};
FunctionArn splitFunctionArn(std::string_view arn);

} // namespace tl::awsjson
