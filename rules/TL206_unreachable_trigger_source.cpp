// TL206 unreachable-trigger-source: a branch on a trigger source the handler's configured
// triggers never send.
#include "cognito_triggers.h"
#include "engine/rule.h"

#include <algorithm>

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL206",
    .name = "unreachable-trigger-source",
    .severity = Severity::Warning,
    .summary = "a branch on a trigger source that the handler's configured triggers never send",
    .whatItDoes =
        "For a handler whose triggers are known from a template binding, the configuration file or an "
        "annotation, checks each real trigger source it compares event.triggerSource with (or each prefix "
        "it tests) against the sources those triggers send. It also reports "
        "TokenGeneration_ClientCredentials when the PreTokenGeneration trigger is configured with a known "
        "LambdaVersion other than V3_0: only V3_0 fires for client-credentials (machine-to-machine) grants. "
        "TokenGeneration_RefreshTokens is never reported for a PreTokenGeneration handler, whatever the version: "
        "with refresh-token rotation a refresh reaches the trigger as TokenGeneration_RefreshTokens or as "
        "TokenGeneration_Authentication, so a handler must handle both. "
        "Handlers whose triggers are only inferred from these comparisons are not checked. A comparison "
        "that names a constant is reported at that name, with a note where the literal is written.",
    .whyBad =
        "The branch is dead code in this deployment: the logic in it (a denial, a claim, a message) never "
        "runs, and usually the wiring is not what the author thinks. A common case is code for "
        "machine-to-machine tokens (TokenGeneration_ClientCredentials) behind a V1_0 or V2_0 configuration: "
        "Cognito does not invoke the trigger for client-credentials grants at all, so those access tokens "
        "are issued without the claims or scopes the code adds.",
    .example = "// template: PreTokenGenerationConfig: {LambdaArn: !GetAtt TokenFn.Arn, LambdaVersion: V2_0}\n"
               "if (event[\"triggerSource\"] == \"TokenGeneration_ClientCredentials\")\n"
               "  add_partner_scopes(event); // never runs under V2_0\n",
    .useInstead = "// template: PreTokenGenerationConfig: {LambdaArn: !GetAtt TokenFn.Arn, LambdaVersion: V3_0}\n"
                  "if (event[\"triggerSource\"] == \"TokenGeneration_ClientCredentials\")\n"
                  "  add_partner_scopes(event);\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

constexpr std::string_view kClientCredentials = "TokenGeneration_ClientCredentials";

// Only configured triggers are evidence: triggers inferred from the comparisons themselves would
// make every comparison reachable.
std::vector<cognito::ServedTrigger> configured(const std::vector<cognito::ServedTrigger> &served) {
  std::vector<cognito::ServedTrigger> out;
  for (const cognito::ServedTrigger &s : served)
    if (!s.inferred())
      out.push_back(s);
  return out;
}

// Typos are TL205's: only real sources (or real prefixes) are judged here, and not an enum's JSON
// mapping, which a header may share between the functions of several triggers.
bool isRealSource(const model::SourceComparison &cmp) {
  if (cognito::isEnumPairComparison(cmp.op))
    return false;
  return cognito::isPrefixComparison(cmp.op) ? !cmp.value.empty() && cognito::isTriggerSourcePrefix(cmp.value)
                                             : cognito::isTriggerSource(cmp.value);
}

bool sentBySome(const std::vector<cognito::ServedTrigger> &triggers, const model::SourceComparison &cmp) {
  for (const cognito::ServedTrigger &s : triggers)
    if (cognito::triggerSends(s.type, cmp.value, cognito::isPrefixComparison(cmp.op)))
      return true;
  return false;
}

std::string listTypes(const std::vector<cognito::ServedTrigger> &triggers) {
  std::vector<std::string> seen;
  std::string out;
  for (const cognito::ServedTrigger &s : triggers) {
    if (std::find(seen.begin(), seen.end(), s.type) != seen.end())
      continue;
    seen.push_back(s.type);
    out += (out.empty() ? "" : ", ") + s.type;
  }
  return out;
}

// As TL205: a comparison through a named constant is reported at the name, and the note points at
// the literal, the one place to change.
void addLiteralNote(Finding &f, const model::SourceComparison &cmp) {
  if (cmp.constant.known())
    f.notes.push_back({cmp.constant, "'" + cmp.value + "' is written here"});
}

void reportNotSent(const model::Model &model, const model::Handler &handler, const model::SourceComparison &cmp,
                   const std::vector<cognito::ServedTrigger> &triggers, FindingSink &sink) {
  const std::string_view sender = cognito::triggerTypeOfSource(cmp.value);
  std::string message = "this handler serves " + listTypes(triggers) + ", which never sends" +
                        (cognito::isPrefixComparison(cmp.op) ? " a trigger source starting with '" : " '") +
                        cmp.value + "'";
  if (!sender.empty())
    message += " (the " + std::string(sender) + " trigger sends it)";
  message += ", so this branch never runs; bind the handler to that trigger or remove the branch";
  Finding &f = sink.report(cmp.ctx.loc, message);
  addLiteralNote(f, cmp);
  cognito::addCallChainNotes(f, cmp.ctx);
  for (const cognito::ServedTrigger &s : triggers)
    cognito::addLinkNote(f, model, s);
  cognito::addDegradedNote(f, handler);
  f.anchor = cognito::handlerAnchor(handler, {cmp.value});
}

// Client-credentials grants invoke only a V3_0 PreTokenGeneration trigger (reference §3.4).
void checkClientCredentials(const model::Model &model, const model::Handler &handler,
                            const model::SourceComparison &cmp, const std::vector<cognito::ServedTrigger> &triggers,
                            FindingSink &sink) {
  if (cmp.value != kClientCredentials)
    return;
  for (const cognito::ServedTrigger &s : triggers) {
    if (s.type != "PreTokenGeneration")
      continue;
    cognito::TokenVersion version = cognito::preTokenGenerationVersion(model, s.link);
    if (version.value.empty() || version.value == "V3_0")
      continue;
    Finding &f = sink.report(cmp.ctx.loc, "'" + std::string(kClientCredentials) + "' is sent only to a "
                                                                                  "PreTokenGeneration trigger "
                                                                                  "configured V3_0, but " +
                                              cognito::describeServed(model, s) + " is configured " +
                                              cognito::describeVersion(version) +
                                              ", so this branch never runs; set PreTokenGenerationConfig "
                                              "LambdaVersion to V3_0 (Essentials or Plus feature plan)");
    addLiteralNote(f, cmp);
    cognito::addCallChainNotes(f, cmp.ctx);
    cognito::addLinkNote(f, model, s);
    cognito::addVersionNote(f, version);
    cognito::addDegradedNote(f, handler);
    f.anchor = cognito::handlerAnchor(handler, {cmp.value, version.value});
    return;
  }
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> triggers = configured(cognito::servedTriggers(handler));
    if (triggers.empty())
      continue;
    for (const model::SourceComparison &cmp : handler.comparisons) {
      if (!isRealSource(cmp))
        continue;
      if (!sentBySome(triggers, cmp))
        reportNotSent(model, handler, cmp, triggers, sink);
      else
        checkClientCredentials(model, handler, cmp, triggers, sink);
    }
  }
}

} // namespace

extern const Rule TL206_unreachable_trigger_source{kInfo, &check};

} // namespace tl::rules
