// get-function-configuration (`{"FunctionArn": ..., "Timeout": ...}`), get-function
// (`{"Configuration": {...}, "Concurrency": {...}}`) and get-function-concurrency
// (`{"ReservedConcurrentExecutions": 0}` or `{}`).
#include "awsjson/dump_files.h"
#include "awsjson/dump_frontend.h"
#include "awsjson/dump_internal.h"
#include "model/arn.h"

#include <filesystem>

namespace tl::awsjson::detail {
namespace {

bool isConfiguration(const doc::Node &object) {
  const doc::Node *arn = object.find("FunctionArn");
  return arn && arn->isScalar();
}

} // namespace

bool isFunctionDump(const doc::Node &object) {
  if (isConfiguration(object))
    return true;
  const doc::Node *config = object.find("Configuration");
  return config && config->isMapping() && isConfiguration(*config);
}

void loadFunction(const doc::Document &doc, const doc::Node &object, model::Model &model) {
  const doc::Node *config = isConfiguration(object) ? &object : object.find("Configuration");
  const doc::MapEntry *arnEntry = config->findEntry("FunctionArn");
  model::Function fn;
  std::optional<model::FunctionArn> arn = model::FunctionArn::parse(arnEntry->value->value);
  // Keyed by the ARN as printed: get-function-configuration of an alias prints the alias ARN and
  // the configuration of the version it points to.
  fn.key = arnEntry->value->value;
  fn.file = doc.path;
  fn.loc = at(doc, arnEntry->key);
  fn.type = "get-function-configuration";
  const doc::Node *name = config->find("FunctionName");
  fn.name = name && name->isScalar() ? name->value : std::string(arn ? arn->name : std::string_view());
  if (const doc::Node *timeout = config->find("Timeout"); timeout && timeout->isScalar()) {
    fn.timeout.push_back(dumped(doc, timeout));
  } else {
    model::Candidate dflt;
    dflt.value.emplace("3"); // not `= "3"`: GCC 12 warns falsely (-Wrestrict) on that assignment here
    dflt.loc = fn.loc;
    dflt.origin = model::Origin::ServiceDefault;
    fn.timeout.push_back(dflt);
  }
  if (const doc::Node *runtime = config->find("Runtime"); runtime && runtime->isScalar())
    fn.runtime.push_back(dumped(doc, runtime));
  // get-function only: the function's reserved concurrency.
  if (const doc::Node *concurrency = object.find("Concurrency"); concurrency && concurrency->isMapping())
    if (const doc::Node *reserved = concurrency->find("ReservedConcurrentExecutions"); reserved && reserved->isScalar())
      fn.reservedConcurrency.push_back(dumped(doc, reserved));
  model.functions.push_back(std::move(fn));
}

bool isConcurrencyDump(const doc::Document &doc) {
  if (!doc.root || !doc.root->isMapping())
    return false;
  DumpFileName name = parseDumpFileName(std::filesystem::path(doc.path).filename().string());
  if (!name.ok || name.error || name.operation != "get-function-concurrency")
    return false;
  for (const doc::MapEntry &entry : doc.root->entries())
    if (entry.key->value != "ReservedConcurrentExecutions")
      return false;
  return true;
}

void loadConcurrency(const doc::Document &doc, model::Model &model) {
  const doc::Node *reserved = doc.root->find("ReservedConcurrentExecutions");
  if (!reserved || !reserved->isScalar())
    return; // `{}`: no reserved concurrency, the function shares the account's pool
  DumpFileName name = parseDumpFileName(std::filesystem::path(doc.path).filename().string());
  model.dumpedConcurrency.push_back({name.subject, dumped(doc, reserved)});
}

} // namespace tl::awsjson::detail
