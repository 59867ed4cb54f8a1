#include "collect/redaction.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace tl::collect {
namespace {

constexpr std::string_view kRedacted = "[REDACTED]";
constexpr size_t kSecretKeyLength = 40;
// STS session tokens are several hundred characters; nothing legitimate in the CLI's answers
// (CodeSha256 is 44, names and ids are broken up by '-', ':' or '_') comes near this.
constexpr size_t kLongTokenLength = 200;
// How STS session tokens start (base64 of their binary header): current regional tokens, global
// ones, and two older generations.
constexpr std::array<std::string_view, 4> kTokenPrefixes = {"IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdz", "FQoGZXIvYXdz",
                                                            "AQoDYXdz"};
constexpr size_t kShortestPrefixedToken = 32;

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isBase64(char c) { return isUpper(c) || isLower(c) || isDigit(c) || c == '+' || c == '/'; }
bool isNameChar(char c) { return isUpper(c) || isLower(c) || isDigit(c) || c == '_'; }

// Length of a slash written with JSON escaping (`\/`, or `\\/` once the text was escaped again)
// at `text[i]`, or 0.
size_t escapedSlashAt(std::string_view text, size_t i) {
  size_t k = i;
  while (k < text.size() && text[k] == '\\')
    ++k;
  return k > i && k < text.size() && text[k] == '/' ? k - i + 1 : 0;
}

std::string replaceAll(std::string text, std::string_view secret) {
  if (secret.empty())
    return text;
  for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kRedacted.size()))
    text.replace(at, secret.size(), kRedacted);
  return text;
}

std::string withEscapedSlashes(std::string_view s) {
  std::string out;
  for (char c : s)
    out += c == '/' ? std::string("\\/") : std::string(1, c);
  return out;
}

// Longest first: a session token may contain another secret, and cutting that out first would
// leave the rest of the token visible.
std::string redactKnownSecrets(std::string text, const std::vector<std::string> &secrets) {
  std::vector<std::string> spellings;
  for (const auto &secret : secrets) {
    if (secret.empty())
      continue;
    spellings.push_back(secret);
    if (secret.find('/') != std::string::npos)
      spellings.push_back(withEscapedSlashes(secret));
  }
  std::sort(spellings.begin(), spellings.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
  for (const auto &spelling : spellings)
    text = replaceAll(std::move(text), spelling);
  return text;
}

// The credentials file, `aws configure export-credentials` and STS answers name the secret
// parts; Python's messages quote them with ' and JSON with " (or \" inside another string).
bool isCredentialName(std::string_view name) {
  std::string key;
  for (char c : name)
    if (c != '_')
      key += static_cast<char>(isUpper(c) ? c - 'A' + 'a' : c);
  if (key.rfind("aws", 0) == 0)
    key.erase(0, 3);
  return key == "secretaccesskey" || key == "sessiontoken" || key == "securitytoken";
}

// The quote (possibly backslash-escaped) starting at `text[i]`, or "".
std::string_view quoteAt(std::string_view text, size_t i) {
  size_t k = i;
  while (k < text.size() && text[k] == '\\')
    ++k;
  if (k < text.size() && (text[k] == '"' || text[k] == '\''))
    return text.substr(i, k - i + 1);
  return {};
}

size_t skipBlanks(std::string_view text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
    ++i;
  return i;
}

// Where the value of `name = value` / `"name": "value"` starts and ends, when `text[nameEnd]`
// follows a credential name; {0, 0} otherwise.
std::pair<size_t, size_t> assignedValue(std::string_view text, size_t nameEnd) {
  size_t i = nameEnd + quoteAt(text, nameEnd).size();
  i = skipBlanks(text, i);
  if (i >= text.size() || (text[i] != '=' && text[i] != ':'))
    return {0, 0};
  i = skipBlanks(text, i + 1);
  if (std::string_view quote = quoteAt(text, i); !quote.empty()) {
    size_t start = i + quote.size();
    size_t end = text.find(quote, start);
    return {start, end == std::string_view::npos ? text.find('\n', start) : end};
  }
  size_t end = text.find_first_of(" \t\r\n,;)]}\"'", i);
  return {i, end};
}

std::string redactAssignments(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (!isNameChar(text[i]) || (i > 0 && isNameChar(text[i - 1]))) {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && isNameChar(text[end]))
      ++end;
    out.append(text.substr(i, end - i));
    if (isCredentialName(text.substr(i, end - i))) {
      auto [start, stop] = assignedValue(text, end);
      stop = std::min(stop, text.size());
      if (start > 0 && stop > start) {
        out.append(text.substr(end, start - end));
        out += kRedacted;
        end = stop;
      }
    }
    i = end;
  }
  return out;
}

bool looksLikeSecretKey(std::string_view run) {
  if (run.size() != kSecretKeyLength)
    return false;
  bool upper = false, lower = false, other = false;
  for (char c : run) {
    upper |= isUpper(c);
    lower |= isLower(c);
    other |= !isUpper(c) && !isLower(c);
  }
  return upper && lower && other;
}

bool looksLikeSessionToken(std::string_view run, RedactionScope scope) {
  if (scope == RedactionScope::Message && run.size() >= kLongTokenLength)
    return true;
  return run.size() >= kShortestPrefixedToken &&
         std::any_of(kTokenPrefixes.begin(), kTokenPrefixes.end(),
                     [&](std::string_view prefix) { return run.rfind(prefix, 0) == 0; });
}

// JSON escapes other than a slash (`\n`, `\"`, ...) end a run rather than join two.
size_t otherEscapeAt(std::string_view text, size_t i) {
  if (text[i] != '\\')
    return 0;
  if (i + 1 < text.size() && std::string_view("nrtbf\"").find(text[i + 1]) != std::string_view::npos)
    return 2;
  return 1;
}

std::string redactBase64Runs(std::string_view text, RedactionScope scope) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (!escapedSlashAt(text, i) && !isBase64(text[i])) {
      size_t n = std::max<size_t>(otherEscapeAt(text, i), 1);
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    std::string run; // as decoded: escaped slashes as '/'
    size_t end = i;
    while (end < text.size()) {
      if (size_t slash = escapedSlashAt(text, end)) {
        run += '/';
        end += slash;
      } else if (isBase64(text[end])) {
        run += text[end++];
      } else {
        break;
      }
    }
    size_t padded = end;
    while (padded < text.size() && text[padded] == '=')
      ++padded;
    if (looksLikeSessionToken(run, scope)) {
      out += kRedacted;
      end = padded;
    } else if (scope == RedactionScope::Message && padded == end && looksLikeSecretKey(run)) {
      out += kRedacted;
    } else {
      out.append(text.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

bool keyIdChar(char c) { return isUpper(c) || isDigit(c); }

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

std::string redactAccessKeyIds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (size_t n = accessKeyIdAt(text, i)) {
      out += kRedacted;
      i += n;
    } else {
      out += text[i++];
    }
  }
  return out;
}

} // namespace

std::string redactSecrets(std::string_view text, const std::vector<std::string> &secrets, RedactionScope scope) {
  // Known values first, whole: the shapes below could otherwise cut a token into pieces that no
  // longer match it.
  std::string out = redactKnownSecrets(std::string(text), secrets);
  out = redactAssignments(out);
  out = redactBase64Runs(out, scope);
  return redactAccessKeyIds(out);
}

std::vector<std::string> environmentSecrets() {
  std::vector<std::string> out;
  for (const char *name : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"})
    if (const char *value = std::getenv(name); value && *value)
      out.emplace_back(value);
  return out;
}

} // namespace tl::collect
