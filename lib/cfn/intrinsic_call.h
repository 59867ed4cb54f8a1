#pragma once
// The one place that knows both spellings of an intrinsic function: the YAML short form
// (`!GetAtt Fn.Arn`, tag on the node) and the long form (`{"Fn::GetAtt": [...]}`). Everything
// else in the frontend asks `asIntrinsic` and never looks at tags or "Fn::" keys itself.
#include "document/node.h"

#include <optional>
#include <string_view>

namespace tl::cfn {

/// A call of an intrinsic function, however it is written.
struct IntrinsicCall {
  std::string_view name;           // long-form name: "Ref", "Fn::GetAtt", "Fn::Sub", "Condition", ...
  const doc::Node *arg = nullptr;  // the argument; for the short form the tagged node itself
  const doc::Node *expr = nullptr; // where the call is written: the tagged node or the one-entry mapping

  bool is(std::string_view n) const { return name == n; }
};

/// The intrinsic call `node` is, or nullopt for plain data.
std::optional<IntrinsicCall> asIntrinsic(const doc::Node &node);

/// True when `node` is `Ref: AWS::NoValue` in either form: the property is absent.
bool isNoValue(const doc::Node &node);

/// A reference read from a `Ref` or `Fn::GetAtt` argument: the logical id and, for GetAtt, the
/// attribute ("" when it is itself an intrinsic).
struct NamedReference {
  std::string_view target;
  std::string_view attribute;
  bool valid = false;
};

/// The logical id of `Ref` (a scalar argument); invalid for non-scalar arguments.
NamedReference refArgument(const IntrinsicCall &call);
/// `Fn::GetAtt` as "A.B" (split at the first dot, attributes may contain dots) or [A, B].
NamedReference getAttArgument(const IntrinsicCall &call);

} // namespace tl::cfn
