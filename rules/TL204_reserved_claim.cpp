// TL204 reserved-claim: claimsToAddOrOverride / claimsToSuppress name a claim Cognito never lets a
// trigger change.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>
#include <array>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL204",
    .name = "reserved-claim",
    .severity = Severity::Error,
    .summary = "claimsToAddOrOverride or claimsToSuppress names a claim Cognito never lets a trigger change",
    .whatItDoes =
        "Finds claims written under claimsToAddOrOverride (V1 claimsOverrideDetails, V2/V3 idTokenGeneration "
        "and accessTokenGeneration) whose name is one Cognito never lets a trigger add, change or suppress: "
        "sub, iss, aud (except added to an access token), token_use, exp, iat, auth_time, jti, nbf, nonce, "
        "acr, amr, at_hash, azp, client_id, event_id, device_key, version, origin_jti, identities, username "
        "in access tokens, and every cognito: claim except cognito:groups, cognito:roles and "
        "cognito:preferred_role; also those names in claimsToSuppress, scope written as a claim, and dev: "
        "attributes added as claims (they can only be suppressed).",
    .whyBad =
        "Cognito owns these claims: they identify the user (sub, cognito:username), the issuer and audience, "
        "and the token's lifetime and type. A trigger that tries to change them does not get the token it "
        "expects (the change is dropped or the response is rejected), and code that relies on it, for "
        "example an API that trusts an overridden sub, authorises the wrong principal. The list grew when "
        "access-token customisation arrived; the 2023 list that much material copies misses claims such as "
        "client_id, event_id and the cognito: prefix. aud is the one special case: it may be added to an "
        "access token, and only with the current app client id.",
    .example = "auto &claims = event[\"response\"][\"claimsAndScopeOverrideDetails\"][\"idTokenGeneration\"]\n"
               "                   [\"claimsToAddOrOverride\"];\n"
               "claims[\"sub\"] = legacy_user_id; // Cognito owns sub\n",
    .useInstead = "auto &claims = event[\"response\"][\"claimsAndScopeOverrideDetails\"][\"idTokenGeneration\"]\n"
                  "                   [\"claimsToAddOrOverride\"];\n"
                  "claims[\"legacy_user_id\"] = legacy_user_id; // an application claim of its own\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "user-pool-lambda-pre-token-generation.html",
};

// Reference §3.5: never changeable in any token, by any version.
constexpr std::array<std::string_view, 20> kNeverChangeable = {
    "sub", "identities", "client_id", "event_id", "device_key", "version", "acr", "amr", "at_hash", "auth_time",
    "azp", "exp", "iat", "iss", "jti", "nbf", "nonce", "origin_jti", "token_use", "cognito:username"};

// The group trio is changed through groupOverrideDetails and may be suppressed; Cognito allows it.
bool isGroupClaim(std::string_view claim) {
  return claim == "cognito:groups" || claim == "cognito:roles" || claim == "cognito:preferred_role";
}

bool inAccessToken(const std::vector<std::string> &path) {
  return std::find(path.begin(), path.end(), "accessTokenGeneration") != path.end();
}

// Why a trigger may not add, override or suppress `claim`; nullopt when it may.
std::optional<std::string> whyReserved(std::string_view claim, bool accessToken, bool suppress) {
  if (std::find(kNeverChangeable.begin(), kNeverChangeable.end(), claim) != kNeverChangeable.end() ||
      (claim.starts_with("cognito:") && !isGroupClaim(claim)))
    return "Cognito never lets a trigger change it";
  if (claim == "aud") {
    if (accessToken && !suppress)
      return std::nullopt; // may be added to access tokens, with the current app client id
    return std::string("aud can only be added to access tokens (accessTokenGeneration.claimsToAddOrOverride), "
                       "and only with the current app client id");
  }
  if (claim == "username" && accessToken)
    return "Cognito never lets a trigger change it in access tokens";
  if (claim == "scope")
    return "scopes change only through scopesToAdd and scopesToSuppress (V2_0/V3_0 accessTokenGeneration)";
  if (claim.starts_with("dev:") && !suppress)
    return "dev: attributes can only be suppressed";
  return std::nullopt;
}

// The claim name is the key right after claimsToAddOrOverride; deeper keys are inside a JSON claim
// value (V2/V3 allow objects), and "*" is a key that is not a constant.
std::optional<std::string> addedClaim(const model::ResponseWrite &write) {
  auto it = std::find(write.path.begin(), write.path.end(), "claimsToAddOrOverride");
  if (it == write.path.end() || it + 1 == write.path.end() || *(it + 1) == "*")
    return std::nullopt;
  return *(it + 1);
}

bool writesSuppressList(const model::ResponseWrite &write) {
  return std::find(write.path.begin(), write.path.end(), "claimsToSuppress") != write.path.end();
}

void report(const model::Handler &handler, const model::ResponseWrite &write,
            const std::string &claim, const std::string &why, bool suppress, FindingSink &sink) {
  const std::string where = cognito::joinPath(write.path);
  Finding &f = sink.report(write.ctx.loc, "claim '" + claim + "' cannot be " +
                                              (suppress ? "suppressed" : "added or overridden") + " in '" + where +
                                              "': " + why + "; " +
                                              (suppress ? "remove it from the list" : "use a claim name of your own"));
  cognito::addCallChainNotes(f, write.ctx);
  cognito::addDegradedNote(f, handler);
  f.anchor = cognito::handlerAnchor(handler, {suppress ? "claimsToSuppress" : "claimsToAddOrOverride", claim});
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers)
    for (const model::ResponseWrite &write : handler.writes) {
      const bool accessToken = inAccessToken(write.path);
      if (std::optional<std::string> claim = addedClaim(write))
        if (std::optional<std::string> why = whyReserved(*claim, accessToken, false))
          report(handler, write, *claim, *why, false, sink);
      if (writesSuppressList(write))
        for (const std::string &claim : write.strings)
          if (std::optional<std::string> why = whyReserved(claim, accessToken, true))
            report(handler, write, claim, *why, true, sink);
    }
}

} // namespace

extern const Rule TL204_reserved_claim{kInfo, &check};

} // namespace tl::rules
