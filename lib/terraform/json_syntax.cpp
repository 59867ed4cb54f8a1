#include "terraform/json_syntax.h"

#include "hcl/parser.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace tl::terraform {
namespace {

using hcl::Expression;
using Kind = hcl::Expression::Kind;

// Keys of a resource body that are nested blocks in the provider's schema (and in Terraform's
// own: dynamic, content).
bool isBlockKey(std::string_view key) {
  static constexpr std::array<std::string_view, 6> kBlocks = {
      "lambda_config", "pre_token_generation_config", "custom_email_sender", "custom_sms_sender", "dynamic", "content"};
  return std::find(kBlocks.begin(), kBlocks.end(), key) != kBlocks.end();
}

// Top-level keys whose entries are blocks with this many labels.
int labelsOf(std::string_view key) {
  if (key == "resource" || key == "data")
    return 2;
  if (key == "variable" || key == "module" || key == "output" || key == "provider")
    return 1;
  if (key == "locals" || key == "terraform")
    return 0;
  return -1;
}

class Converter {
public:
  explicit Converter(const doc::Document &doc) : text_(doc.text) {
    lineStarts_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n')
        lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  }

  void root(const doc::Node &node, hcl::File &out) {
    if (!node.isMapping()) {
      out.problems.push_back({offsetOf(node), "a Terraform JSON configuration is an object"});
      return;
    }
    for (const doc::MapEntry &e : node.entries()) {
      const int labels = labelsOf(e.key->value);
      if (labels < 0)
        continue; // "//" comments, and keys Terraform would reject
      blocks(std::string(e.key->value), *e.key, *e.value, labels, {}, out.body);
    }
  }

private:
  // `value` holds the blocks of `type` with `labels` more labels to read: {"label": {...}}.
  void blocks(const std::string &type, const doc::Node &at, const doc::Node &value, int labels,
              std::vector<const doc::Node *> labelNodes, hcl::Body &out) {
    if (value.isSequence()) { // a list of bodies: one block each
      for (const doc::Node *item : value.items())
        blocks(type, at, *item, labels, labelNodes, out);
      return;
    }
    if (labels > 0) {
      if (!value.isMapping())
        return;
      for (const doc::MapEntry &e : value.entries()) {
        auto next = labelNodes;
        next.push_back(e.key);
        blocks(type, *e.key, *e.value, labels - 1, next, out);
      }
      return;
    }
    if (!value.isMapping())
      return;
    hcl::Block block;
    block.type = type;
    block.offset = labelNodes.empty() ? offsetOf(at) : offsetOf(*labelNodes.front());
    block.openBrace = offsetOf(value);
    for (const doc::Node *label : labelNodes) {
      block.labels.emplace_back(label->value);
      block.labelOffsets.push_back(offsetOf(*label));
    }
    body(value, type == "locals" || type == "terraform", block.body);
    out.blocks.push_back(std::move(block));
  }

  void body(const doc::Node &object, bool attributesOnly, hcl::Body &out) {
    for (const doc::MapEntry &e : object.entries()) {
      const std::string_view key = e.key->value;
      if (key == "//")
        continue;
      if (!attributesOnly && key == "dynamic") {
        blocks("dynamic", *e.key, *e.value, 1, {}, out);
      } else if (!attributesOnly && isBlockKey(key)) {
        blocks(std::string(key), *e.key, *e.value, 0, {}, out);
      } else {
        hcl::Attribute a;
        a.name = std::string(key);
        a.offset = offsetOf(*e.key);
        a.value = expression(*e.value);
        out.attributes.push_back(std::move(a));
      }
    }
  }

  hcl::ExpressionPtr expression(const doc::Node &node) {
    auto e = std::make_unique<Expression>();
    e->offset = offsetOf(node);
    e->end = e->offset;
    switch (node.kind) {
    case doc::NodeKind::Null:
      e->kind = Kind::Null;
      return e;
    case doc::NodeKind::Sequence:
      e->kind = Kind::Tuple;
      for (const doc::Node *item : node.items())
        e->operands.push_back(expression(*item));
      return e;
    case doc::NodeKind::Mapping:
      e->kind = Kind::Object;
      for (const doc::MapEntry &entry : node.entries()) {
        auto key = std::make_unique<Expression>();
        key->kind = Kind::String;
        key->text = std::string(entry.key->value);
        key->offset = key->end = offsetOf(*entry.key);
        e->keys.push_back(std::move(key));
        e->operands.push_back(expression(*entry.value));
      }
      return e;
    case doc::NodeKind::Scalar:
      break;
    }
    if (!node.quoted) {
      e->kind = node.value == "true" || node.value == "false" ? Kind::Bool : Kind::Number;
      e->text = std::string(node.value);
      e->end = e->offset + static_cast<uint32_t>(node.value.size());
      return e;
    }
    return templateOf(node);
  }

  // A JSON string is a template: parsed as the native syntax's quoted string would be, with its
  // offsets moved to where the string is in the JSON text.
  hcl::ExpressionPtr templateOf(const doc::Node &node) {
    std::string source = "x = \"";
    for (char c : node.value) {
      switch (c) {
      case '"':
        source += "\\\"";
        break;
      case '\\':
        source += "\\\\";
        break;
      case '\n':
        source += "\\n";
        break;
      case '\r':
        source += "\\r";
        break;
      case '\t':
        source += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          source += escaped;
        } else {
          source += c;
        }
      }
    }
    source += "\"\n";
    hcl::File parsed = hcl::parse(source);
    const uint32_t base = offsetOf(node);
    if (parsed.body.attributes.size() != 1 || !parsed.problems.empty()) {
      auto e = std::make_unique<Expression>();
      e->kind = Kind::String; // what cannot be read as a template is its text
      e->text = std::string(node.value);
      e->offset = e->end = base;
      return e;
    }
    hcl::ExpressionPtr e = std::move(parsed.body.attributes.front().value);
    shift(*e, base);
    return e;
  }

  // Synthetic offsets start at the quote after "x = " (4 bytes in); the JSON string's quote is at `base`.
  void shift(Expression &e, uint32_t base) {
    auto move = [&](uint32_t &offset) {
      offset = std::min<uint32_t>(base + (offset >= 4 ? offset - 4 : 0), static_cast<uint32_t>(text_.size()));
    };
    move(e.offset);
    move(e.end);
    for (auto &step : e.steps)
      move(step.offset);
    for (auto &part : e.parts) {
      move(part.offset);
      if (part.expression)
        shift(*part.expression, base);
    }
    for (auto &o : e.operands)
      shift(*o, base);
    for (auto &k : e.keys)
      shift(*k, base);
  }

  uint32_t offsetOf(const doc::Node &node) const {
    if (node.line == 0 || node.line > lineStarts_.size())
      return 0;
    const uint64_t offset = uint64_t(lineStarts_[node.line - 1]) + (node.column > 0 ? node.column - 1 : 0);
    return static_cast<uint32_t>(std::min<uint64_t>(offset, text_.size()));
  }

  std::string_view text_;
  std::vector<uint32_t> lineStarts_;
};

} // namespace

hcl::File fromJson(const doc::Document &doc) {
  hcl::File out;
  if (doc.root)
    Converter(doc).root(*doc.root, out);
  return out;
}

} // namespace tl::terraform
