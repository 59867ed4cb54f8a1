// Joins what the dumps say with each other and with templates (dump_frontend.h, joinDumps).
#include "awsjson/dump_frontend.h"
#include "model/arn.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace tl::awsjson {
namespace {

bool isDumpPool(const model::UserPool &pool) { return pool.logicalId.empty(); }
bool isDumpFunction(const model::Function &fn) { return fn.type == "get-function-configuration"; }

// list-user-pools repeats what describe-user-pool says, with less (no tier, no ARN): a pool
// dumped both ways is kept once, as described.
void dedupePools(model::Model &model) {
  std::unordered_set<std::string> described;
  for (const auto &pool : model.pools)
    if (isDumpPool(pool) && pool.type == "describe-user-pool")
      described.insert(pool.key);
  std::unordered_set<std::string> kept;
  std::erase_if(model.pools, [&](const model::UserPool &pool) {
    if (!isDumpPool(pool))
      return false;
    if (pool.type == "list-user-pools" && described.count(pool.key))
      return true;
    return !kept.insert(pool.key).second;
  });
}

// get-function and get-function-configuration of one ARN: one function, with the concurrency
// whichever dump had it.
void dedupeFunctions(model::Model &model) {
  std::unordered_map<std::string, size_t> first;
  std::vector<bool> drop(model.functions.size());
  for (size_t i = 0; i < model.functions.size(); ++i) {
    model::Function &fn = model.functions[i];
    if (!isDumpFunction(fn))
      continue;
    auto [it, inserted] = first.emplace(fn.key, i);
    if (inserted)
      continue;
    model::Function &kept = model.functions[it->second];
    if (kept.reservedConcurrency.empty())
      kept.reservedConcurrency = fn.reservedConcurrency;
    drop[i] = true;
  }
  size_t i = 0;
  std::erase_if(model.functions, [&](const model::Function &) { return drop[i++]; });
}

bool isQualified(const std::string &arn) {
  std::optional<model::FunctionArn> parts = model::FunctionArn::parse(arn);
  return parts && !parts->qualifier.empty();
}

std::string unqualifiedOf(const std::string &arn) {
  std::optional<model::FunctionArn> parts = model::FunctionArn::parse(arn);
  return parts ? std::string(parts->unqualified) : arn;
}

// Reserved concurrency belongs to the function, so every dumped version and alias of it shares it.
void applyConcurrency(model::Model &model) {
  for (const auto &setting : model.dumpedConcurrency)
    for (auto &fn : model.functions) {
      if (!isDumpFunction(fn) || !fn.reservedConcurrency.empty())
        continue;
      std::optional<model::FunctionArn> arn = model::FunctionArn::parse(fn.key);
      if (fn.name == setting.function ||
          (arn && (arn->name == setting.function || arn->unqualified == setting.function)))
        fn.reservedConcurrency.push_back(setting.reserved);
    }
}

// The dump function for an ARN: the same ARN, else the function without the qualifier.
std::string dumpFunctionFor(const model::Model &model, const std::string &arn) {
  const model::Function *fn = model.findFunction(arn);
  if (!fn || !isDumpFunction(*fn))
    fn = model.findFunction(unqualifiedOf(arn));
  return fn && isDumpFunction(*fn) ? fn->key : std::string();
}

// Dump bindings name functions by ARN; so may a template that wires a function it does not
// declare (a literal ARN, fully known): a dump of that function tells its deployed settings.
void linkTargets(model::Model &model) {
  for (auto &pool : model.pools)
    for (auto &binding : pool.triggers)
      for (auto &target : binding.targets)
        if (target.form == model::Target::Form::Literal && !target.partial && target.function.empty())
          target.function = dumpFunctionFor(model, target.literal);
  for (auto &permission : model.permissions) {
    if (!permission.dumped)
      continue;
    for (auto &target : permission.function)
      if (target.function.empty())
        target.function = dumpFunctionFor(model, target.literal);
  }
}

// Pools: same UserPoolName. Names are not unique in Cognito, so only a name that one template
// pool and one dumped pool carry joins.
void joinPools(model::Model &model) {
  std::map<std::string, std::vector<size_t>> templates, dumps;
  for (size_t i = 0; i < model.pools.size(); ++i) {
    const auto &pool = model.pools[i];
    if (pool.name.empty())
      continue;
    (isDumpPool(pool) ? dumps : templates)[pool.name].push_back(i);
  }
  for (const auto &[name, declared] : templates) {
    auto it = dumps.find(name);
    if (declared.size() != 1 || it == dumps.end() || it->second.size() != 1)
      continue;
    model::UserPool &a = model.pools[declared.front()];
    model::UserPool &b = model.pools[it->second.front()];
    a.sameAs = b.key;
    b.sameAs = a.key;
  }
}

// CloudFormation names a function it creates "<stack>-<LogicalId>-<12 or 13 random characters>",
// cutting the stack name and the logical id short to stay within 64 characters. Logical ids are
// alphanumeric, so the piece before the suffix is (a prefix of) the logical id. Returns that
// piece, or "" when `name` does not have this shape.
std::string generatedIdPiece(const std::string &name) {
  size_t suffix = name.rfind('-');
  if (suffix == std::string::npos || suffix == 0)
    return {};
  const size_t randomLength = name.size() - suffix - 1;
  if (randomLength < 12 || randomLength > 13 ||
      !std::all_of(name.begin() + suffix + 1, name.end(), [](unsigned char c) { return std::isalnum(c); }))
    return {};
  size_t start = name.rfind('-', suffix - 1);
  if (start == std::string::npos)
    return {};
  return name.substr(start + 1, suffix - start - 1);
}

// Functions: the dumped FunctionName is the template's literal FunctionName, or the name
// CloudFormation generated from the logical id. Only one-to-one matches join. Dumps are indexed
// by name and by generated piece, so the join stays linear in the number of functions.
void joinFunctions(model::Model &model) {
  std::unordered_map<std::string, std::vector<size_t>> byName, byPiece;
  for (size_t d = 0; d < model.functions.size(); ++d) {
    const auto &dumped = model.functions[d];
    if (!isDumpFunction(dumped) || dumped.name.empty() || isQualified(dumped.key))
      continue;
    byName[dumped.name].push_back(d);
    if (std::string piece = generatedIdPiece(dumped.name); !piece.empty())
      byPiece[piece].push_back(d);
  }
  if (byName.empty())
    return;
  std::map<size_t, std::vector<size_t>> byTemplate;
  std::unordered_map<size_t, std::vector<size_t>> byDump;
  for (size_t t = 0; t < model.functions.size(); ++t) {
    const auto &declared = model.functions[t];
    if (declared.logicalId.empty())
      continue;
    std::vector<size_t> matches;
    if (!declared.name.empty()) {
      if (auto it = byName.find(declared.name); it != byName.end())
        matches = it->second;
    } else {
      const std::string &id = declared.logicalId;
      for (size_t length = std::min<size_t>(id.size(), 4); length <= id.size(); ++length)
        if (auto it = byPiece.find(id.substr(0, length)); it != byPiece.end())
          matches.insert(matches.end(), it->second.begin(), it->second.end());
    }
    for (size_t d : matches) {
      byTemplate[t].push_back(d);
      byDump[d].push_back(t);
    }
  }
  for (const auto &[t, dumpsOfIt] : byTemplate) {
    if (dumpsOfIt.size() != 1 || byDump[dumpsOfIt.front()].size() != 1)
      continue;
    model.functions[t].sameAs = model.functions[dumpsOfIt.front()].key;
    model.functions[dumpsOfIt.front()].sameAs = model.functions[t].key;
  }
}

} // namespace

void joinDumps(model::Model &model) {
  dedupePools(model);
  dedupeFunctions(model);
  applyConcurrency(model);
  linkTargets(model);
  joinPools(model);
  joinFunctions(model);
}

} // namespace tl::awsjson
