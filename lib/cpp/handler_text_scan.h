#pragma once
// The cheap test that keeps Clang away from C++ files that cannot be trigger handlers
// (DESIGN.md §5: "Files that cannot be handlers ... are not parsed at all").
#include <string_view>

namespace tl::cpp {

/// True when the source text mentions the aws-lambda-cpp runtime, a Cognito trigger source or a
/// `triggerlint: trigger=` annotation. A false positive costs one Clang parse; a false negative
/// hides a handler, so the markers are generous.
bool mayHoldHandler(std::string_view text);

} // namespace tl::cpp
