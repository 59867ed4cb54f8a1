#include "cfn/intrinsic_call.h"

#include <array>

namespace tl::cfn {
namespace {

// Short-form tags CloudFormation's YAML accepts, with their long-form names. Anything else
// (`!!str`, custom tags) is plain data.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kShortForms{{
    {"!Ref", "Ref"},
    {"!Condition", "Condition"},
    {"!GetAtt", "Fn::GetAtt"},
    {"!Sub", "Fn::Sub"},
    {"!Join", "Fn::Join"},
    {"!If", "Fn::If"},
    {"!FindInMap", "Fn::FindInMap"},
    {"!ImportValue", "Fn::ImportValue"},
    {"!Select", "Fn::Select"},
    {"!Split", "Fn::Split"},
    {"!Base64", "Fn::Base64"},
    {"!GetAZs", "Fn::GetAZs"},
    {"!Cidr", "Fn::Cidr"},
    {"!Equals", "Fn::Equals"},
    {"!And", "Fn::And"},
    {"!Or", "Fn::Or"},
    {"!Not", "Fn::Not"},
    {"!Length", "Fn::Length"},
    {"!ToJsonString", "Fn::ToJsonString"},
    {"!Transform", "Fn::Transform"},
    {"!ForEach", "Fn::ForEach"},
}};

std::optional<std::string_view> longNameOfTag(std::string_view tag) {
  for (const auto &[shortName, longName] : kShortForms)
    if (shortName == tag)
      return longName;
  return std::nullopt;
}

// The long form is a mapping with exactly one key, `Ref` or `Fn::*`. A property mapping that
// merely contains such a key among others is data (CloudFormation rejects it anyway).
bool isLongFormKey(std::string_view key) { return key == "Ref" || key.starts_with("Fn::"); }

} // namespace

std::optional<IntrinsicCall> asIntrinsic(const doc::Node &node) {
  if (!node.tag.empty()) {
    if (auto name = longNameOfTag(node.tag))
      return IntrinsicCall{*name, &node, &node};
    return std::nullopt;
  }
  if (node.isMapping() && node.entries().size() == 1) {
    const doc::MapEntry &e = node.entries().front();
    if (e.key->isScalar() && isLongFormKey(e.key->value))
      return IntrinsicCall{e.key->value, e.value, &node};
  }
  return std::nullopt;
}

bool isNoValue(const doc::Node &node) {
  auto call = asIntrinsic(node);
  return call && call->is("Ref") && call->arg->isScalar() && call->arg->value == "AWS::NoValue";
}

NamedReference refArgument(const IntrinsicCall &call) {
  if (!call.arg->isScalar() || call.arg->value.empty())
    return {};
  return {call.arg->value, {}, true};
}

NamedReference getAttArgument(const IntrinsicCall &call) {
  const doc::Node &arg = *call.arg;
  if (arg.isScalar()) {
    std::string_view text = arg.value;
    size_t dot = text.find('.');
    if (dot == std::string_view::npos || dot == 0)
      return {};
    return {text.substr(0, dot), text.substr(dot + 1), true};
  }
  if (arg.isSequence() && arg.items().size() == 2 && arg.items()[0]->isScalar() && !arg.items()[0]->value.empty()) {
    const doc::Node &attr = *arg.items()[1];
    bool literalAttr = attr.isScalar() && attr.tag.empty();
    return {arg.items()[0]->value, literalAttr ? std::string_view(attr.value) : std::string_view(), true};
  }
  return {};
}

} // namespace tl::cfn
