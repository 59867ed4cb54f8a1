#include "cfn/conditions.h"

#include "cfn/intrinsic_call.h"

namespace tl::cfn {

std::string joinConditions(std::string_view outer, std::string_view inner) {
  if (outer.empty())
    return std::string(inner);
  if (inner.empty())
    return std::string(outer);
  std::string joined;
  joined.reserve(outer.size() + 4 + inner.size());
  joined.append(outer).append(" && ").append(inner);
  return joined;
}

std::optional<IfArguments> ifArguments(const doc::Node &node) {
  auto call = asIntrinsic(node);
  if (!call || !call->is("Fn::If"))
    return std::nullopt;
  const doc::Node &arg = *call->arg;
  if (!arg.isSequence() || arg.items().size() != 3 || !arg.items()[0]->isScalar() || arg.items()[0]->value.empty())
    return std::nullopt;
  return IfArguments{&arg.items()[0]->value, arg.items()[1], arg.items()[2]};
}

bool isAbsent(const doc::Node &node) { return node.isNull() || isNoValue(node); }

} // namespace tl::cfn
