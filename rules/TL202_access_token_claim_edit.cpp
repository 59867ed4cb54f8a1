// TL202 access-token-claim-edit: access-token claims or scopes written where Cognito does not read
// them (anything but a PreTokenGeneration trigger configured V2_0/V3_0).
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL202",
    .name = "access-token-claim-edit",
    .severity = Severity::Error,
    .summary = "access-token claims or scopes are written outside a PreTokenGeneration trigger configured V2_0/V3_0",
    .whatItDoes =
        "Finds writes under response.claimsAndScopeOverrideDetails.accessTokenGeneration (claims to add, "
        "override or suppress, scopes to add or suppress) in a handler that does not serve a "
        "PreTokenGeneration trigger configured with PreTokenGenerationConfig LambdaVersion V2_0 or V3_0. It "
        "is an error when the handler serves another trigger, or a PreTokenGeneration trigger configured "
        "V1_0 (including the legacy PreTokenGeneration key alone, which means V1_0). When the configuration "
        "is not among the inputs (no pool, a trigger only inferred from triggerSource comparisons, a "
        "LambdaVersion that is not a single known value) it is a warning that names the requirement.",
    .whyBad =
        "Study material often says that Cognito access tokens can never be customised; since December 2023 "
        "a pre token generation trigger can add, override and suppress access-token claims and scopes, but "
        "only when the pool sends it version 2 or 3 events (PreTokenGenerationConfig LambdaVersion V2_0 or "
        "V3_0, which need the Essentials or Plus feature plan). User pools send V1_0 events by default, "
        "and a V1_0 trigger can change the access token only through groupOverrideDetails. Code that "
        "edits access-token claims under V1_0, or from another trigger, compiles, deploys and passes its "
        "unit tests, while the tokens Cognito issues never carry the change: APIs that authorise on "
        "those claims or scopes then reject or, worse, mis-authorise users.",
    .example = "// template: PreTokenGenerationConfig: {LambdaArn: !GetAtt TokenFn.Arn, LambdaVersion: V1_0}\n"
               "invocation_response handler(invocation_request const &req) {\n"
               "  auto event = nlohmann::json::parse(req.payload);\n"
               "  event[\"response\"][\"claimsAndScopeOverrideDetails\"][\"accessTokenGeneration\"]\n"
               "       [\"scopesToAdd\"] = {\"orders/read\"};\n"
               "  return invocation_response::success(event.dump(), \"application/json\");\n"
               "}\n",
    .useInstead = "// template: PreTokenGenerationConfig: {LambdaArn: !GetAtt TokenFn.Arn, LambdaVersion: V2_0}\n"
                  "// (UserPoolTier ESSENTIALS or PLUS)\n"
                  "invocation_response handler(invocation_request const &req) {\n"
                  "  auto event = nlohmann::json::parse(req.payload);\n"
                  "  event[\"response\"][\"claimsAndScopeOverrideDetails\"][\"accessTokenGeneration\"]\n"
                  "       [\"scopesToAdd\"] = {\"orders/read\"};\n"
                  "  return invocation_response::success(event.dump(), \"application/json\");\n"
                  "}\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "user-pool-lambda-pre-token-generation.html",
};

constexpr std::string_view kPreTokenGeneration = "PreTokenGeneration";

// Only the V2/V3 response shape reaches the access token; V1's claimsOverrideDetails is ID-token only.
bool writesAccessToken(const model::ResponseWrite &write) {
  return cognito::pathStartsWith(write.path, {"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration"});
}

// V2_0 and V3_0 both deliver accessTokenGeneration; V3_0 adds machine-to-machine tokens.
bool versionReadsAccessToken(const std::string &version) { return version == "V2_0" || version == "V3_0"; }

enum class Verdict { Fine, Unknown, Wrong };

struct Judged {
  const cognito::ServedTrigger *served;
  cognito::TokenVersion version;
  Verdict verdict;
};

Judged judge(const model::Model &model, const cognito::ServedTrigger &served) {
  if (served.type != kPreTokenGeneration)
    return {&served, {}, Verdict::Wrong};
  cognito::TokenVersion version = cognito::preTokenGenerationVersion(model, served.link);
  if (version.value.empty())
    return {&served, version, Verdict::Unknown};
  return {&served, version, versionReadsAccessToken(version.value) ? Verdict::Fine : Verdict::Wrong};
}

std::string wrongMessage(const model::Model &model, const Judged &j, const std::string &path) {
  const std::string trigger = cognito::describeServed(model, *j.served);
  if (j.served->type != kPreTokenGeneration)
    return "'" + path + "' is written from " + trigger +
           ", which never reads it: only a PreTokenGeneration trigger configured with PreTokenGenerationConfig "
           "LambdaVersion V2_0 or V3_0 can change access tokens; move this to that trigger";
  return "'" + path + "' is written from " + trigger + ", which is configured " +
         cognito::describeVersion(j.version) +
         ", so Cognito ignores access-token changes; set PreTokenGenerationConfig LambdaVersion to V2_0 or V3_0 "
         "(Essentials or Plus feature plan)";
}

const std::string kRequirement =
    "Cognito applies it only when the handler serves a PreTokenGeneration trigger configured with "
    "PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (Essentials or Plus feature plan)";

// A wrong trigger that is only inferred from triggerSource comparisons is a guess: the handler may
// serve a PreTokenGeneration trigger too, without comparing for it. Warn then.
Severity severityOf(const std::vector<Judged> &judged, Verdict worst) {
  if (worst != Verdict::Wrong)
    return Severity::Warning;
  for (const Judged &j : judged)
    if (j.verdict == Verdict::Wrong && !j.served->inferred())
      return Severity::Error;
  return Severity::Warning;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::ResponseWrite &write : handler.writes) {
      if (!writesAccessToken(write))
        continue;
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, write.ctx);
      if (!served.empty() && running.empty())
        continue; // guarded by a source none of the handler's triggers sends: TL206's business
      std::vector<Judged> judged;
      for (const cognito::ServedTrigger &s : running)
        judged.push_back(judge(model, s));
      Verdict worst = running.empty() ? Verdict::Unknown : Verdict::Fine;
      for (const Judged &j : judged)
        worst = std::max(worst, j.verdict);
      if (worst == Verdict::Fine)
        continue;
      const std::string path = cognito::joinPath(write.path);
      std::string message;
      if (worst == Verdict::Wrong) {
        for (const Judged &j : judged)
          if (j.verdict == Verdict::Wrong) {
            message = wrongMessage(model, j, path);
            break;
          }
      } else if (running.empty()) {
        message = "'" + path + "' is written by a handler whose trigger configuration is unknown; " + kRequirement;
      } else {
        message = "'" + path + "' is written from " + cognito::describeServed(model, *judged.front().served) +
                  ", whose LambdaVersion is not known here; " + kRequirement;
      }
      Finding &f = sink.report(write.ctx.loc, message, severityOf(judged, worst));
      cognito::addCallChainNotes(f, write.ctx);
      for (const Judged &j : judged) {
        if (j.verdict != worst)
          continue;
        cognito::addLinkNote(f, model, *j.served);
        cognito::addVersionNote(f, j.version);
      }
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {path});
    }
  }
}

} // namespace

extern const Rule TL202_access_token_claim_edit{kInfo, &check};

} // namespace tl::rules
