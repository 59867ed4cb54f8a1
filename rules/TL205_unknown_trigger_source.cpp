// TL205 unknown-trigger-source: a string compared with triggerSource is no trigger source.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL205",
    .name = "unknown-trigger-source",
    .severity = Severity::Error,
    .summary = "a string compared with triggerSource is not a trigger source Cognito sends",
    .whatItDoes =
        "Checks every string the handler compares with event.triggerSource (==, !=, compare, strcmp) "
        "against the trigger sources Cognito sends, exactly and case-sensitively, and every prefix tested "
        "with starts_with or rfind(prefix, 0) against their beginnings. A string that matches none is "
        "reported with the closest real source, at the comparison; when the comparison names a constant "
        "(if (src == kPostAuth)), at that name in each comparison, with a note where the literal is written. "
        "The strings of an enum's NLOHMANN_JSON_SERIALIZE_ENUM that the source is read into are checked too, "
        "but only a near miss of a real source is reported there: a string far from every source is what "
        "the enum is written as (\"unknown\"), not a test.",
    .whyBad =
        "A branch on a misspelt trigger source never runs, silently: the sign-up validation, the claim or "
        "the denial it holds is skipped for every user. The developer guide itself spreads two of these "
        "typos: its API-operation table writes VerifyAuthChallenge_Authentication (Cognito sends "
        "VerifyAuthChallengeResponse_Authentication) and its custom-sender table writes CustomSmsSender_... "
        "(Cognito sends CustomSMSSender_...; comparisons are case-sensitive).",
    .example = "if (event[\"triggerSource\"] == \"CustomSmsSender_SignUp\") // never true\n"
               "  send_welcome_sms(event);\n",
    .useInstead = "if (event[\"triggerSource\"] == \"CustomSMSSender_SignUp\")\n"
                  "  send_welcome_sms(event);\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// starts_with("TokenGeneration_") is a deliberate prefix test: it is fine when some real source
// starts with it.
bool isKnown(const model::SourceComparison &cmp) {
  return cognito::isPrefixComparison(cmp.op) ? cognito::isTriggerSourcePrefix(cmp.value)
                                             : cognito::isTriggerSource(cmp.value);
}

// For a prefix, suggest the matching prefix of a real source ("CustomSmsSender_" ->
// "CustomSMSSender_"), else the closest whole source.
std::optional<std::string> suggestion(const model::SourceComparison &cmp) {
  if (std::optional<std::string_view> canonical = cognito::documentedMisspelling(cmp.value))
    return std::string(*canonical);
  const std::vector<std::string_view> sources = cognito::triggerSourceNames();
  if (cognito::isPrefixComparison(cmp.op) && !cmp.value.empty()) {
    std::vector<std::string> prefixes;
    for (std::string_view s : sources)
      if (s.size() >= cmp.value.size())
        prefixes.emplace_back(s.substr(0, cmp.value.size()));
    std::vector<std::string_view> views(prefixes.begin(), prefixes.end());
    if (std::optional<std::string_view> best = cognito::didYouMean(cmp.value, views))
      return std::string(*best);
  }
  if (std::optional<std::string_view> best = cognito::didYouMean(cmp.value, sources))
    return std::string(*best);
  return std::nullopt;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers)
    for (const model::SourceComparison &cmp : handler.comparisons) {
      if (isKnown(cmp))
        continue;
      // An enum's JSON mapping also names what the enum is written as ("unknown", nullptr's
      // stand-ins): only a near miss of a real source is a misspelt test.
      std::optional<std::string> fix = suggestion(cmp);
      if (cognito::isEnumPairComparison(cmp.op) && !fix)
        continue;
      std::string message = "'" + cmp.value + "' is not " +
                            (cognito::isPrefixComparison(cmp.op) ? "the beginning of any trigger source"
                                                                 : "a trigger source") +
                            " Cognito sends (comparisons are case-sensitive), so this comparison never matches";
      if (fix)
        message += "; did you mean '" + *fix + "'?";
      if (cognito::documentedMisspelling(cmp.value))
        message += " (a table of the developer guide misspells it this way)";
      Finding &f = sink.report(cmp.ctx.loc, message);
      if (cmp.constant.known())
        f.notes.push_back({cmp.constant, "'" + cmp.value + "' is written here"});
      cognito::addCallChainNotes(f, cmp.ctx);
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {cmp.value});
    }
}

} // namespace

extern const Rule TL205_unknown_trigger_source{kInfo, &check};

} // namespace tl::rules
