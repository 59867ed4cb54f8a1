#pragma once
// Matching text that holds placeholders for values known only at deploy time: Fn::ForEach output
// keys (`${Identifier}`, `&{Identifier}`) and Sub results with unresolved pieces (`${Name}`).
#include <string_view>

namespace tl::cfn {

/// Whether `text` can be what `pattern` becomes once its `${...}`/`&{...}` placeholders are
/// filled in (each with any text, empty included). Without placeholders, plain equality.
bool matchesPlaceholders(std::string_view pattern, std::string_view text);

} // namespace tl::cfn
