#pragma once
// Frontends for AWS CLI JSON output (DESIGN.md §2): describe-user-pool, list-user-pools,
// get-function-configuration, get-function, get-policy, get-function-concurrency, and the error
// records of `triggerlint collect`. They record what the dump says (origin Dump); rules decide
// what is wrong with it.
#include "document/node.h"
#include "model/model.h"

#include <string>
#include <string_view>

namespace tl::awsjson {

/// True when `doc` is AWS CLI output this frontend reads: one of the objects above, or a
/// non-empty top-level array of them (get-function-concurrency: by its file name, see
/// dump_files.h).
bool isDump(const doc::Document &doc);

/// Adds the pools, functions, permissions and failed calls of `doc` (which isDump accepted).
void loadDump(const doc::Document &doc, model::Model &model);

/// After all inputs are loaded (dump_join.cpp): keeps one pool per id (describe-user-pool over
/// list-user-pools) and one function per ARN, applies get-function-concurrency to its function,
/// resolves dump trigger targets and policy statements to dump functions (the exact ARN first,
/// then the unqualified one), and joins templates with dumps: a template pool and a dumped pool
/// with the same name, a template function and a dumped function with its name, are the same
/// (UserPool::sameAs, Function::sameAs).
void joinDumps(model::Model &model);

} // namespace tl::awsjson
