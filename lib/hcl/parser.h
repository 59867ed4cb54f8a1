#pragma once
// A recursive-descent reader of HCL's native syntax (the part of the HCL specification that
// Terraform configurations use): blocks, attributes, literals, quoted and heredoc templates,
// traversals with splats, function calls, tuples, objects, operators, conditionals and for
// expressions. Debian packages no HCL parser for C++; see lib/hcl/syntax.h for the tree.
#include "hcl/syntax.h"

#include <string_view>

namespace tl::hcl {

/// Parses `text` (UTF-8, with or without a byte order mark). Never throws on malformed input:
/// problems are listed in the result, and nesting deeper than a real configuration needs is one
/// of them rather than a stack overflow.
File parse(std::string_view text);

} // namespace tl::hcl
