#pragma once
// Credentials must never reach what `triggerlint collect` prints or writes. The CLI may hold them
// in a profile (--profile) rather than in the environment, and may print them JSON-escaped, so
// they are found by their shape as well as by value.
#include <string>
#include <string_view>
#include <vector>

namespace tl::collect {

/// What is recognised by shape alone. A message may be anything and loses nothing that matters
/// when a name is mistaken for a secret; the CLI's JSON answers hold function, role and file
/// names that a 40-character or long base64 shape could mistake, and a changed name would break
/// the audit's joins, so they get only the shapes nothing but a credential has.
enum class RedactionScope {
  Message, // every shape below
  Answer,  // no bare 40-character or 200-character runs
};

/// `text` with every credential replaced by `[REDACTED]`:
/// - each non-empty string of `secrets`, also when written JSON-escaped (`/` as `\/`);
/// - the value of an assignment to a credential name (`aws_secret_access_key = ...`,
///   `"SessionToken": "..."`, any case, `_` optional);
/// - AWS access key ids (`AKIA`/`ASIA` and 16 uppercase letters or digits);
/// - secret access keys (Message only): a run of exactly 40 base64 characters (`\/` counts as `/`) mixing upper
///   case, lower case and a digit, `+` or `/`. Hex digests (one case) and ARNs, ids and names
///   (broken up by `:`, `-`, `_` or `.`) are not such runs;
/// - session tokens: a base64 run that starts like an STS token (`IQoJb3JpZ2luX2Vj`, `FwoGZXIvYXdz`,
///   `FQoGZXIvYXdz`, `AQoDYXdz`), or (Message only) is at least 200 characters long.
std::string redactSecrets(std::string_view text, const std::vector<std::string> &secrets,
                          RedactionScope scope = RedactionScope::Message);

/// The secret values in this process's environment (AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
/// AWS_SECURITY_TOKEN), for redactSecrets.
std::vector<std::string> environmentSecrets();

} // namespace tl::collect
