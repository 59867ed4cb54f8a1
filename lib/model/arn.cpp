#include "model/arn.h"

#include <array>

namespace tl::model {

namespace {

// Splits at colons outside `${...}` into at most `N` fields; the last keeps the rest. Returns
// the number of fields found.
template <size_t N> size_t splitFields(std::string_view text, std::array<std::string_view, N> &fields) {
  size_t count = 0, start = 0;
  int depth = 0;
  for (size_t i = 0; i < text.size() && count + 1 < N; ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{')
      ++depth, ++i;
    else if (text[i] == '}' && depth > 0)
      --depth;
    else if (text[i] == ':' && depth == 0) {
      fields[count++] = text.substr(start, i - start);
      start = i + 1;
    }
  }
  fields[count++] = text.substr(start);
  return count;
}

// `<name>[:<qualifier>]` with nothing after the qualifier.
bool splitNameAndQualifier(std::string_view rest, FunctionArn &out) {
  std::array<std::string_view, 3> parts;
  size_t n = splitFields(rest, parts);
  if (n > 2 || parts[0].empty() || (n == 2 && parts[1].empty()))
    return false;
  out.name = parts[0];
  out.qualifier = n == 2 ? parts[1] : std::string_view();
  return true;
}

std::string_view upTo(std::string_view text, std::string_view piece) {
  return text.substr(0, static_cast<size_t>(piece.data() + piece.size() - text.data()));
}

} // namespace

std::optional<Arn> Arn::parse(std::string_view text) {
  std::array<std::string_view, 6> f;
  if (splitFields(text, f) != 6 || f[0] != "arn")
    return std::nullopt;
  return Arn{f[1], f[2], f[3], f[4], f[5]};
}

std::optional<FunctionArn> FunctionArn::parse(std::string_view text) {
  std::optional<Arn> arn = Arn::parse(text);
  if (!arn || arn->service != "lambda" || !arn->resource.starts_with("function:"))
    return std::nullopt;
  FunctionArn out;
  if (!splitNameAndQualifier(arn->resource.substr(9), out))
    return std::nullopt;
  out.partition = arn->partition;
  out.region = arn->region;
  out.account = arn->account;
  out.unqualified = upTo(text, out.name);
  out.fullArn = true;
  return out;
}

std::optional<FunctionArn> FunctionArn::parseFunctionName(std::string_view text) {
  if (text.starts_with("arn:"))
    return parse(text);
  FunctionArn out;
  std::array<std::string_view, 3> f;
  if (splitFields(text, f) == 3 && f[1] == "function") {
    if (!splitNameAndQualifier(f[2], out))
      return std::nullopt;
    out.account = f[0];
  } else if (!splitNameAndQualifier(text, out)) {
    return std::nullopt;
  }
  out.unqualified = upTo(text, out.name);
  return out;
}

std::string FunctionArn::displayName() const {
  std::string out(name);
  if (!qualifier.empty())
    out.append(":").append(qualifier);
  return out;
}

std::optional<UserPoolArn> UserPoolArn::parse(std::string_view text) {
  std::optional<Arn> arn = Arn::parse(text);
  if (!arn || arn->service != "cognito-idp" || !arn->resource.starts_with("userpool/") || arn->resource.size() == 9)
    return std::nullopt;
  return UserPoolArn{arn->partition, arn->region, arn->account, arn->resource.substr(9)};
}

std::string functionIdentity(std::string_view text) {
  std::optional<FunctionArn> arn = FunctionArn::parseFunctionName(text);
  return arn ? arn->displayName() : std::string(text);
}

bool isPlaceholder(std::string_view field) {
  return field.size() > 3 && field.starts_with("${") && field.ends_with("}") &&
         field.find("${", 2) == std::string_view::npos;
}

bool hasPlaceholder(std::string_view field) { return field.find("${") != std::string_view::npos; }

std::string_view regionOfPoolId(std::string_view poolId) {
  size_t underscore = poolId.find('_');
  if (underscore == std::string_view::npos || underscore == 0)
    return {};
  std::string_view region = poolId.substr(0, underscore);
  // Region names are lower-case letters, digits and dashes ("us-gov-west-1").
  for (char c : region)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return {};
  return region.find('-') == std::string_view::npos ? std::string_view() : region;
}

} // namespace tl::model
