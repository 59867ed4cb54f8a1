#pragma once
// The syntax tree of HCL's native syntax (Terraform's `.tf` files), as far as a linter needs it:
// bodies of attributes and blocks, and expressions whose values are known where they are
// literals, and kept as structure (references, calls, templates) where they are not. Every node
// keeps the byte offset it starts at; doc::TextPosition turns offsets into lines and columns.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tl::hcl {

struct Expression;
using ExpressionPtr = std::unique_ptr<Expression>;

/// One step after a traversal's root: `.name`, `[index]` with a literal key, or a splat.
struct TraversalStep {
  enum class Kind : uint8_t {
    Attribute,    // .name (also .0, the legacy index form)
    Index,        // [<literal>] — `key` holds the literal's text
    DynamicIndex, // [<expression>] that is not a literal
    Splat,        // [*] or .*
  };
  Kind kind = Kind::Attribute;
  std::string key;
  uint32_t offset = 0;
};

/// A piece of a string template: literal text, or an interpolation `${...}`. A `%{...}`
/// directive makes the template's value unknown (kept as a part with no expression).
struct TemplatePart {
  enum class Kind : uint8_t { Text, Interpolation, Directive };
  Kind kind = Kind::Text;
  std::string text; // Text: the characters with escapes resolved
  ExpressionPtr expression;
  uint32_t offset = 0;
};

/// An expression. `kind` says which of the fields below are used.
struct Expression {
  enum class Kind : uint8_t {
    String, // a quoted string or heredoc without interpolations: `text` is its value
    Number, // `text` as written
    Bool,   // `text` is "true" or "false"
    Null,
    Template,      // a quoted string or heredoc with interpolations or directives: `parts`
    Traversal,     // `root` and `steps`: var.x, aws_lambda_function.f.arn, each.value, local.y[0]
    Call,          // `name(operands...)`
    Tuple,         // [operands...]
    Object,        // {keys[i] = operands[i]}
    Conditional,   // operands: condition, true result, false result
    Operation,     // unary or binary operator (`text` holds it) over operands
    For,           // a for expression; its operands are the collection and the results
    Parenthesized, // (operand)
    Invalid,       // what could not be parsed (a problem says why)
  };
  Kind kind = Kind::Invalid;
  uint32_t offset = 0; // where the expression starts
  uint32_t end = 0;    // one past its last byte
  std::string text;    // String, Number, Bool; the operator of an Operation
  std::string root;    // Traversal: the first name; Call: the function name
  std::vector<TraversalStep> steps;
  std::vector<TemplatePart> parts;
  std::vector<ExpressionPtr> operands; // Call args, Tuple items, Object values, ...
  std::vector<ExpressionPtr> keys;     // Object keys (an identifier key is a Traversal without steps)
  bool expandFinal = false;            // Call: the last argument is expanded with `...`
};

struct Block;

/// `name = expression`.
struct Attribute {
  std::string name;
  uint32_t offset = 0; // the name
  ExpressionPtr value;
};

/// Attributes and blocks in the order written.
struct Body {
  std::vector<Attribute> attributes;
  std::vector<Block> blocks;
};

/// `type "label" "label" { body }`.
struct Block {
  std::string type;
  uint32_t offset = 0; // the type
  std::vector<std::string> labels;
  std::vector<uint32_t> labelOffsets;
  uint32_t openBrace = 0;
  Body body;
};

/// Why (part of) a file is not valid HCL, at the byte offset where it was noticed.
struct SyntaxProblem {
  uint32_t offset = 0;
  std::string message;
};

/// A parsed file: what could be read, and what could not. A problem never ends the parse: the
/// parser skips to the next line (or the end of the enclosing block) and goes on.
struct File {
  Body body;
  std::vector<SyntaxProblem> problems;
};

/// The literal text of `e` when it is a String, Number or Bool; null otherwise.
const std::string *literalValue(const Expression &e);

} // namespace tl::hcl
