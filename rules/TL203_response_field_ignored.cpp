// TL203 response-field-ignored: the handler writes response fields its trigger never reads.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL203",
    .name = "response-field-ignored",
    .severity = Severity::Warning,
    .summary = "the handler writes response fields its trigger never reads",
    .whatItDoes =
        "Finds writes to response fields the serving trigger does not read: anything under response from "
        "PreAuthentication, PostAuthentication or PostConfirmation (their responses have no fields), the V1 "
        "claimsOverrideDetails from a PreTokenGeneration trigger configured V2_0 or V3_0, and the V2 "
        "claimsAndScopeOverrideDetails from one configured V1_0 (including the legacy PreTokenGeneration "
        "key). Versions are only judged when the configuration is known. Access-token edits "
        "(claimsAndScopeOverrideDetails.accessTokenGeneration) are left to TL202.",
    .whyBad =
        "Study material sometimes says that a post-authentication trigger can add ID-token claims through "
        "claimsOverrideDetails. It cannot: the PreAuthentication, PostAuthentication and PostConfirmation "
        "responses have no fields, and token claims belong to the pre token generation trigger. A V2_0 or "
        "V3_0 pre token generation trigger reads claimsAndScopeOverrideDetails, a V1_0 one reads "
        "claimsOverrideDetails; the other shape has no documented effect. The code looks like it "
        "customises tokens, tests that inspect the returned JSON pass, and the issued tokens never change.",
    .example = "// serves PostAuthentication\n"
               "event[\"response\"][\"claimsOverrideDetails\"][\"claimsToAddOrOverride\"][\"tier\"] = \"gold\";\n"
               "return invocation_response::success(event.dump(), \"application/json\");\n",
    .useInstead = "// serves PreTokenGeneration (PreTokenGenerationConfig LambdaVersion V2_0)\n"
                  "event[\"response\"][\"claimsAndScopeOverrideDetails\"][\"idTokenGeneration\"]\n"
                  "     [\"claimsToAddOrOverride\"][\"tier\"] = \"gold\";\n"
                  "return invocation_response::success(event.dump(), \"application/json\");\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "user-pool-lambda-post-authentication.html",
};

// These triggers' responses have no fields at all (reference §3.1, §3.2, §3.6).
bool hasNoResponseFields(const std::string &triggerType) {
  return triggerType == "PreAuthentication" || triggerType == "PostAuthentication" ||
         triggerType == "PostConfirmation";
}

// An empty `response` object itself is what Cognito sends; only fields under it are ignored.
bool writesResponseField(const model::ResponseWrite &write) {
  return write.path.size() >= 2 && write.path[0] == "response";
}

// Access-token edits are TL202's, with the configuration requirement in its message.
bool isAccessTokenEdit(const model::ResponseWrite &write) {
  return cognito::pathStartsWith(write.path, {"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration"});
}

struct Ignored {
  const cognito::ServedTrigger *served;
  cognito::TokenVersion version;
  std::string why;
};

std::optional<Ignored> ignoredBy(const model::Model &model, const cognito::ServedTrigger &served,
                                 const model::ResponseWrite &write) {
  if (hasNoResponseFields(served.type))
    return Ignored{&served, {}, served.type + " responses have no fields; Cognito ignores everything under response"};
  if (served.type != "PreTokenGeneration")
    return std::nullopt;
  // Versions are judged only when known: an unknown configuration is not evidence.
  cognito::TokenVersion version = cognito::preTokenGenerationVersion(model, served.link);
  const std::string &field = write.path[1];
  if ((version.value == "V2_0" || version.value == "V3_0") && field == "claimsOverrideDetails")
    return Ignored{&served, version,
                   "it is configured " + version.value +
                       ", which reads claimsAndScopeOverrideDetails; claimsOverrideDetails is the V1_0 shape"};
  if (version.value == "V1_0" && field == "claimsAndScopeOverrideDetails")
    return Ignored{&served, version,
                   "it is configured " + cognito::describeVersion(version) +
                       ", which reads claimsOverrideDetails; claimsAndScopeOverrideDetails needs V2_0 or V3_0"};
  return std::nullopt;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::ResponseWrite &write : handler.writes) {
      if (!writesResponseField(write) || isAccessTokenEdit(write))
        continue;
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, write.ctx);
      std::vector<Ignored> ignored; // points into `running`
      for (const cognito::ServedTrigger &s : running)
        if (std::optional<Ignored> i = ignoredBy(model, s, write))
          ignored.push_back(std::move(*i));
      if (ignored.empty())
        continue;
      const std::string path = cognito::joinPath(write.path);
      const Ignored &first = ignored.front();
      Finding &f = sink.report(write.ctx.loc, "'" + path + "' is written from " +
                                                  cognito::describeServed(model, *first.served) + ", but " +
                                                  first.why + "; remove the write or move it to the trigger that "
                                                              "reads it");
      cognito::addCallChainNotes(f, write.ctx);
      for (const Ignored &i : ignored) {
        cognito::addLinkNote(f, model, *i.served);
        cognito::addVersionNote(f, i.version);
      }
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {path});
    }
  }
}

} // namespace

extern const Rule TL203_response_field_ignored{kInfo, &check};

} // namespace tl::rules
