// TL209 response-not-event: a synchronous trigger answers with something other than the event it
// received, which Cognito cannot read.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL209",
    .name = "response-not-event",
    .severity = Severity::Error,
    .summary = "a synchronous trigger's success() payload is not the event it received",
    .whatItDoes =
        "Finds invocation_response::success(payload, ...) calls, in the handler or in functions it calls in "
        "the same translation unit, whose payload is certainly not the event the trigger sent: a string "
        "constant (\"{}\", \"OK\", \"\") or a JSON object built from scratch. The event parsed from "
        "req.payload, modified or not, serialised with dump(), WriteCompact() or View(), and a copy of "
        "req.payload itself are fine; a payload the analysis cannot follow (a helper's return value, a "
        "parameter, a variable replaced as a whole) is not reported. Custom sender triggers are asynchronous "
        "and exempt; code that a triggerSource guard keeps out of every synchronous trigger the handler "
        "serves is not reported, and neither is a handler whose trigger is unknown.",
    .whyBad =
        "Cognito reads a synchronous trigger's answer as the event it sent, with response filled in: "
        "anything else fails the sign-up, sign-in or token request with InvalidLambdaResponseException: "
        "Unrecognizable lambda output (or 'Invalid lambda function output : Invalid JSON'). It is the most "
        "reported trigger bug in every language, and AWS's own post-authentication sample has it: a trigger "
        "with nothing to change looks like it may answer \"OK\" or an empty object, and every sign-in then "
        "fails. See also https://github.com/amazon-archives/amazon-cognito-identity-js/issues/167, "
        "https://stackoverflow.com/questions/42706896/unrecognizable-lambda-output-cognito and "
        "https://repost.aws/knowledge-center/cognito-lambda-trigger-errors.",
    .example = "invocation_response handler(invocation_request const &req) {\n"
               "  auto event = nlohmann::json::parse(req.payload);\n"
               "  record_sign_in(event[\"userName\"]);\n"
               "  return invocation_response::success(\"{}\", \"application/json\"); // not the event\n"
               "}\n",
    .useInstead = "invocation_response handler(invocation_request const &req) {\n"
                  "  auto event = nlohmann::json::parse(req.payload);\n"
                  "  record_sign_in(event[\"userName\"]);\n"
                  "  return invocation_response::success(event.dump(), \"application/json\");\n"
                  "}\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

using Kind = model::ResponsePayload::Kind;

// Only what the frontend is certain of: an event, or a payload it could not follow, is no evidence.
bool certainlyNotTheEvent(const model::ResponsePayload &payload) {
  return payload.kind == Kind::Literal || payload.kind == Kind::Built;
}

std::string whatItIs(const model::ResponsePayload &payload) {
  if (payload.kind == Kind::Built)
    return "the success() payload '" + payload.text + "' is a JSON object built here";
  if (payload.text.empty())
    return "the success() payload is an empty string";
  return "the success() payload \"" + payload.text + "\" is a string constant";
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::ResponsePayload &payload : handler.payloads) {
      if (!certainlyNotTheEvent(payload))
        continue;
      // Custom senders are asynchronous: Cognito does not read their answer. A handler whose
      // trigger is unknown may be no trigger at all (TL201 and TL203 say nothing either).
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, payload.ctx);
      std::vector<const cognito::ServedTrigger *> sync; // points into `running`
      for (const cognito::ServedTrigger &s : running)
        if (cognito::isSynchronousTriggerType(s.type))
          sync.push_back(&s);
      if (sync.empty())
        continue;
      Finding &f = sink.report(payload.ctx.loc,
                               whatItIs(payload) + ", not the event " + cognito::describeServed(model, *sync.front()) +
                                   " sent: Cognito fails the flow with 'InvalidLambdaResponseException: "
                                   "Unrecognizable lambda output'; answer with the event it received, its response "
                                   "filled in (success(event.dump(), \"application/json\"))");
      cognito::addCallChainNotes(f, payload.ctx);
      for (const cognito::ServedTrigger *s : sync)
        cognito::addLinkNote(f, model, *s);
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {"success", payload.text});
    }
  }
}

} // namespace

extern const Rule TL209_response_not_event{kInfo, &check};

} // namespace tl::rules
