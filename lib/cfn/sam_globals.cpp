#include "cfn/sam_globals.h"

namespace tl::cfn {

bool ignoresGlobal(const Resource &function, std::string_view property) {
  const doc::Node *ignore = function.body->find("IgnoreGlobals");
  if (!ignore)
    return false;
  if (ignore->isScalar())
    return ignore->value == "*" || ignore->value == property;
  for (const doc::Node *item : ignore->items())
    if (item->isScalar() && (item->value == "*" || item->value == property))
      return true;
  return false;
}

const doc::Node *inheritedGlobal(const TemplateIndex &tmpl, const Resource &function, std::string_view property) {
  const doc::Node *globals = tmpl.globalsFunction();
  if (!globals || function.kind != ResourceKind::ServerlessFunction || ignoresGlobal(function, property))
    return nullptr;
  return globals->find(property);
}

} // namespace tl::cfn
