#pragma once
// JSON documents held inside a JSON string, such as get-policy's `Policy`: parsed with the
// project's reader, with every node's position moved to where its text sits in the outer file.
#include "document/node.h"

namespace tl::awsjson {

/// Parses `string.value` (a scalar of `outer`) as JSON into `inner` (whose path becomes
/// outer.path). Node positions point into the outer file: exact when the string is a double-quoted
/// JSON string on one line, else the string's own position. False when the text is not valid
/// JSON; `inner.problems` then says why (positions already moved).
bool readEmbeddedJson(const doc::Document &outer, const doc::Node &string, doc::Document &inner);

} // namespace tl::awsjson
