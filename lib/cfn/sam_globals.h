#pragma once
// SAM `Globals.Function`: which global properties an AWS::Serverless::Function inherits.
#include "cfn/template_index.h"

#include <string_view>

namespace tl::cfn {

/// True when the function's `IgnoreGlobals` attribute (`'*'` or a list of property names)
/// opts it out of global `property`.
bool ignoresGlobal(const Resource &function, std::string_view property);

/// The `Globals.Function.<property>` value `function` inherits, or null: only
/// AWS::Serverless::Function inherits, and only when it does not opt out.
const doc::Node *inheritedGlobal(const TemplateIndex &tmpl, const Resource &function, std::string_view property);

} // namespace tl::cfn
