#include "collect/redaction.h"

#include <algorithm>
#include <cstdlib>

namespace tl::collect {
namespace {

constexpr std::string_view kRedacted = "[REDACTED]";

bool keyIdChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Length of an access key id starting at `text[i]`, or 0.
size_t accessKeyIdAt(std::string_view text, size_t i) {
  std::string_view prefix = text.substr(i, 4);
  if (prefix != "AKIA" && prefix != "ASIA")
    return 0;
  if (text.size() - i < 20)
    return 0;
  for (size_t k = i + 4; k < i + 20; ++k)
    if (!keyIdChar(text[k]))
      return 0;
  return 20;
}

std::string replaceAll(std::string text, std::string_view secret) {
  if (secret.empty())
    return text;
  for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kRedacted.size()))
    text.replace(at, secret.size(), kRedacted);
  return text;
}

} // namespace

std::string redactSecrets(std::string_view text, const std::vector<std::string> &secrets) {
  // Secrets first, longest first: a session token may contain something shaped like a key id or
  // another secret, and cutting that out first would leave the rest of the token unmatched.
  std::vector<std::string_view> ordered(secrets.begin(), secrets.end());
  std::sort(ordered.begin(), ordered.end(), [](auto a, auto b) { return a.size() > b.size(); });
  std::string withoutSecrets(text);
  for (std::string_view secret : ordered)
    withoutSecrets = replaceAll(std::move(withoutSecrets), secret);
  std::string out;
  out.reserve(withoutSecrets.size());
  for (size_t i = 0; i < withoutSecrets.size();) {
    if (size_t n = accessKeyIdAt(withoutSecrets, i)) {
      out += kRedacted;
      i += n;
    } else {
      out += withoutSecrets[i++];
    }
  }
  return out;
}

std::vector<std::string> environmentSecrets() {
  std::vector<std::string> out;
  for (const char *name : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"})
    if (const char *value = std::getenv(name); value && *value)
      out.emplace_back(value);
  return out;
}

} // namespace tl::collect
