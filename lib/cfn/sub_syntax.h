#pragma once
// The `${...}` syntax of Fn::Sub strings, shared by value resolution and reference collection.
#include <string_view>
#include <vector>

namespace tl::cfn {

/// A piece of an Fn::Sub string.
struct SubPiece {
  enum class Kind {
    Text,     // literal text (an escaped `${!X}` becomes the text `${X}`)
    Variable, // `${Name}` or `${Resource.Attribute}`: `text` is the name inside the braces
  };
  Kind kind = Kind::Text;
  std::string_view text;
  bool escaped = false; // Text that came from `${!X}`: `text` is "X", to be written as "${X}"
};

/// Splits an Fn::Sub string into text and variables. An unclosed `${` is text.
std::vector<SubPiece> parseSub(std::string_view text);

} // namespace tl::cfn
