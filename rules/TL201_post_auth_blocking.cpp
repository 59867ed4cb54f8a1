// TL201 post-auth-blocking: code serving PostAuthentication can fail the invocation, and with it
// the whole sign-in.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL201",
    .name = "post-auth-blocking",
    .severity = Severity::Error,
    .summary = "code serving PostAuthentication can fail the invocation, which fails the whole sign-in",
    .whatItDoes =
        "Finds the ways a handler that serves the PostAuthentication trigger can fail its invocation: a "
        "throw that no catch clause on its way catches by type, a return of invocation_response::failure(...), "
        "and exit/abort/std::terminate (a throw leaving a noexcept function included), directly in the handler "
        "or in functions it calls in the function's code (the sources of its directory). Code guarded by a triggerSource comparison that PostAuthentication never sends "
        "(for example the PreAuthentication_Authentication branch of a handler serving both) is not "
        "reported. An escaping throw is also reported by TL208, for a different reason.",
    .whyBad =
        "Study material often says that a post-authentication trigger cannot block sign-in and that its "
        "failures are only logged. That is wrong: when the function fails, Cognito fails InitiateAuth or "
        "RespondToAuthChallenge with UserLambdaValidationException: PostAuthentication failed with error "
        "<message>, after the user's credentials were accepted, and no tokens are issued. The user sees a "
        "failed sign-in for what is usually a side effect (an audit record, a profile update, a "
        "notification). What is true is that a successful post-authentication trigger cannot change the "
        "current flow. Allow/deny decisions belong in PreAuthentication; post-authentication side "
        "effects should catch their own errors, log them and return the event.",
    .example = "invocation_response handler(invocation_request const &req) {\n"
               "  auto event = nlohmann::json::parse(req.payload);\n"
               "  if (!audit_store.put(event[\"userName\"]))\n"
               "    throw std::runtime_error(\"audit write failed\"); // fails the sign-in\n"
               "  return invocation_response::success(event.dump(), \"application/json\");\n"
               "}\n",
    .useInstead = "invocation_response handler(invocation_request const &req) {\n"
                  "  auto event = nlohmann::json::parse(req.payload);\n"
                  "  try {\n"
                  "    audit_store.put(event[\"userName\"]);\n"
                  "  } catch (std::exception const &e) {\n"
                  "    std::cerr << \"audit write failed: \" << e.what() << '\\n'; // log, do not fail\n"
                  "  }\n"
                  "  return invocation_response::success(event.dump(), \"application/json\");\n"
                  "}\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "user-pool-lambda-post-authentication.html",
};

constexpr std::string_view kPostAuthentication = "PostAuthentication";

// Every kind of failure counts: Cognito cannot tell a deliberate failure() from a crash, both
// fail the sign-in.
std::string failureWording(const model::FailurePath &failure) {
  switch (failure.kind) {
  case model::FailurePath::Kind::Throw:
    return "'" + failure.what + "' escapes the handler and fails";
  case model::FailurePath::Kind::FailureResponse:
    return "'" + failure.what + "' fails";
  case model::FailurePath::Kind::Exit:
    return "'" + failure.what + "' ends the runtime process and fails";
  }
  return {};
}

// The failure matters only under the PostAuthentication trigger: a guard on
// "PreAuthentication_Authentication" keeps it out of the post-authentication path.
const cognito::ServedTrigger *postAuthentication(const std::vector<cognito::ServedTrigger> &running) {
  for (const cognito::ServedTrigger &served : running)
    if (served.type == kPostAuthentication)
      return &served;
  return nullptr;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::FailurePath &failure : handler.failures) {
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, failure.ctx);
      const cognito::ServedTrigger *postAuth = postAuthentication(running);
      if (!postAuth)
        continue;
      Finding &f = sink.report(
          failure.ctx.loc,
          failureWording(failure) + " " + cognito::describeServed(model, *postAuth) +
              ": Cognito then fails the whole sign-in with 'UserLambdaValidationException: PostAuthentication "
              "failed with error ...' after the credentials were accepted, and issues no tokens; make sign-in "
              "decisions in PreAuthentication, and catch side-effect errors and return success");
      cognito::addCallChainNotes(f, failure.ctx);
      for (const cognito::ServedTrigger &s : running)
        if (s.type == kPostAuthentication)
          cognito::addLinkNote(f, model, s);
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {kPostAuthentication, failure.what});
    }
  }
}

} // namespace

extern const Rule TL201_post_auth_blocking{kInfo, &check};

} // namespace tl::rules
