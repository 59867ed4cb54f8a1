#include "collect/trigger_arns.h"

#include <algorithm>

namespace tl::collect {
namespace {

bool isString(const doc::Node *n) { return n && n->isScalar() && n->quoted && !n->value.empty(); }

} // namespace

std::vector<std::string> triggerArns(const doc::Node &describeUserPool) {
  std::vector<std::string> out;
  auto add = [&out](const std::string &arn) {
    if (std::find(out.begin(), out.end(), arn) == out.end())
      out.push_back(arn);
  };
  const doc::Node *pool = describeUserPool.isMapping() ? describeUserPool.find("UserPool") : nullptr;
  const doc::Node *config = pool && pool->isMapping() ? pool->find("LambdaConfig") : nullptr;
  if (!config || !config->isMapping())
    return out;
  for (const doc::MapEntry &entry : config->entries()) {
    const doc::Node *value = entry.value;
    if (isString(value) && entry.key->value != "KMSKeyID") {
      add(std::string(value->value));
    } else if (value && value->isMapping()) {
      if (const doc::Node *arn = value->find("LambdaArn"); isString(arn))
        add(std::string(arn->value));
    }
  }
  return out;
}

} // namespace tl::collect
