// TL208 exception-escapes-handler: a throw no catch clause on its way catches aborts the aws-lambda-cpp
// runtime instead of failing the invocation.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL208",
    .name = "exception-escapes-handler",
    .severity = Severity::Error,
    .summary = "an exception escapes the handler and aborts the aws-lambda-cpp runtime",
    .whatItDoes =
        "Finds throw expressions in the handler's own code, directly or in functions it calls in the "
        "function's code (the sources of its directory), that no catch clause on the way catches, whatever trigger the handler serves. A catch "
        "clause catches its own type and the types publicly derived from it (catch (std::invalid_argument) does "
        "not stop a std::runtime_error); a rethrow (throw; or std::rethrow_exception) that escapes is reported "
        "where it rethrows. Library calls that may throw (nlohmann::json::parse, std::stoi) are not reported, and "
        "a throw that leaves a noexcept function ends in std::terminate, which TL201 reports as an exit. A "
        "throw that only a misspelt trigger source reaches is dead code: TL205 reports the comparison. A throw that none "
        "of the triggers the handler is bound to can reach (a branch of a source they do not send, a routes.at(src) "
        "whose keys cover every source they send) is not reported; a routes.at(src) that some source they send is no "
        "key of throws std::out_of_range, and is reported at the lookup.",
    .whyBad =
        "Handlers written after Node.js or Python examples throw to deny a sign-up or a sign-in. In C++ this "
        "does not do what it does there: aws-lambda-cpp's run_handler does not catch exceptions, so the "
        "exception ends in std::terminate, the runtime process aborts, and Cognito reports '... failed with "
        "error RequestId: ... Error: Runtime exited with error: signal: aborted' instead of the message, "
        "which users and logs never see. The next invocation pays a cold start. To deny or fail on purpose, "
        "return invocation_response::failure(message, type): Cognito then shows '<Trigger> failed with "
        "error <message>.'",
    .example = "invocation_response handler(invocation_request const &req) {\n"
               "  auto event = nlohmann::json::parse(req.payload);\n"
               "  if (is_blocked(event[\"userName\"]))\n"
               "    throw std::runtime_error(\"account locked\"); // aborts the runtime\n"
               "  return invocation_response::success(event.dump(), \"application/json\");\n"
               "}\n",
    .useInstead = "invocation_response handler(invocation_request const &req) {\n"
                  "  auto event = nlohmann::json::parse(req.payload);\n"
                  "  if (is_blocked(event[\"userName\"]))\n"
                  "    return invocation_response::failure(\"account locked\", \"AccountLocked\");\n"
                  "  return invocation_response::success(event.dump(), \"application/json\");\n"
                  "}\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// The frontend keeps only throws that escape (caught ones are dropped): every Throw counts, under
// every trigger, because the runtime aborts whichever trigger invoked it; but not one that only a
// source no trigger sends reaches (`src == "PostAuthentcation_Authentication"`): that code is dead
// until the comparison is fixed, and TL205 reports the comparison.
bool escapes(const model::FailurePath &failure) {
  return failure.kind == model::FailurePath::Kind::Throw && cognito::runsUnderSomeTrigger(failure.ctx);
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::FailurePath &failure : handler.failures) {
      if (!escapes(failure))
        continue;
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, failure.ctx);
      // A throw that none of the handler's known triggers reaches cannot run in this deployment: a
      // routes.at(src) whose keys are every source the bound triggers send, a branch of a source
      // they do not send. With no trigger known, every throw counts.
      if (!served.empty() && running.empty())
        continue;
      // With no trigger known (a handler linted without its template), the message names none rather
      // than print a placeholder as if it were Cognito's text.
      const std::string reported =
          running.empty() ? "the trigger as failed with 'RequestId: ... Runtime exited with error'"
                          : "'" + running.front().type + " failed with error RequestId: ... Runtime exited with error'";
      Finding &f = sink.report(failure.ctx.loc,
                               "'" + failure.what +
                                   "' escapes the handler: aws-lambda-cpp does not catch exceptions, so the runtime "
                                   "process aborts and Cognito reports " +
                                   reported +
                                   " instead of the message, and the next invocation starts cold; return "
                                   "invocation_response::failure(message, type) instead");
      cognito::addCallChainNotes(f, failure.ctx);
      for (const cognito::ServedTrigger &s : running)
        cognito::addLinkNote(f, model, s);
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {failure.what});
    }
  }
}

} // namespace

extern const Rule TL208_exception_escapes_handler{kInfo, &check};

} // namespace tl::rules
