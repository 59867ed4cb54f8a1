// TL207 slow-call-in-trigger: handler code waits, or lets a client wait, 5 s or more.
#include "cognito_triggers.h"
#include "engine/rule.h"

namespace tl::rules {
namespace {

constexpr RuleInfo kInfo{
    .id = "TL207",
    .name = "slow-call-in-trigger",
    .severity = Severity::Warning,
    .summary = "handler code waits, or lets a client wait, 5 s or more in a synchronous trigger",
    .whatItDoes =
        "Finds calls with a constant wait of 5 seconds or more in a handler that serves a synchronous trigger "
        "(every trigger except the custom senders) or whose trigger is unknown: sleeps "
        "(std::this_thread::sleep_for, sleep, usleep), CURLOPT_TIMEOUT / CURLOPT_TIMEOUT_MS and AWS SDK "
        "ClientConfiguration requestTimeoutMs / connectTimeoutMs. Waits that only run under a custom sender "
        "(by configuration or by a triggerSource guard) are not reported.",
    .whyBad =
        "Cognito waits at most 5 seconds for a synchronous trigger, whatever the function's Timeout. A "
        "client timeout of 10 s does not give a slow dependency 10 s: Cognito gives up at 5 s and fails the "
        "flow with UnexpectedLambdaException (\"... invocation failed due to error Socket timeout while "
        "invoking Lambda function\"), may retry while the first run goes on, and the side effect happens "
        "twice. Study material that only mentions \"the 5 second trigger timeout\" rarely says that the "
        "waits inside the handler must fit into it, together with the cold start.",
    .example = "Aws::Client::ClientConfiguration config;\n"
               "config.requestTimeoutMs = 10000; // Cognito stopped waiting after 5000\n"
               "Aws::DynamoDB::DynamoDBClient dynamo(config);\n",
    .useInstead = "Aws::Client::ClientConfiguration config;\n"
                  "config.connectTimeoutMs = 500;\n"
                  "config.requestTimeoutMs = 2000; // leaves room for a retry within Cognito's 5 s\n"
                  "Aws::DynamoDB::DynamoDBClient dynamo(config);\n",
    .sourceUrl = "https://docs.aws.amazon.com/cognito/latest/developerguide/"
                 "cognito-user-pools-working-with-lambda-triggers.html",
};

// Cognito's fixed wait for a synchronous trigger.
constexpr long long kCognitoWaitMillis = 5000;

// A wait that is not a constant cannot be judged; one below 5 s may still add up, but is not
// wrong on its own.
bool tooSlow(const model::SlowCall &call) { return call.millis && *call.millis >= kCognitoWaitMillis; }

std::string seconds(long long millis) {
  std::string s = std::to_string(millis / 1000);
  if (millis % 1000)
    s += "." + std::to_string(millis % 1000 + 1000).substr(1);
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.'))
    s.pop_back();
  return s;
}

void check(const model::Model &model, FindingSink &sink) {
  for (const model::Handler &handler : model.handlers) {
    const std::vector<cognito::ServedTrigger> served = cognito::servedTriggers(handler);
    for (const model::SlowCall &call : handler.slowCalls) {
      if (!tooSlow(call))
        continue;
      const std::vector<cognito::ServedTrigger> running = cognito::triggersRunning(served, call.ctx);
      // Custom senders are asynchronous: Cognito does not wait for them. An unknown trigger may be
      // synchronous, so it is still reported.
      const cognito::ServedTrigger *sync = nullptr;
      for (const cognito::ServedTrigger &s : running)
        if (cognito::isSynchronousTriggerType(s.type)) {
          sync = &s;
          break;
        }
      if (!served.empty() && !sync)
        continue;
      const std::string wait = "'" + call.what + "' waits up to " + seconds(*call.millis) + " s";
      std::string message =
          sync ? wait + ", but Cognito waits only 5 s for " + cognito::describeServed(model, *sync)
               : wait + ", but Cognito waits only 5 s for a synchronous trigger (this handler's trigger is unknown)";
      message += "; keep waits well under 5 s, including retries and the cold start";
      Finding &f = sink.report(call.ctx.loc, message);
      cognito::addCallChainNotes(f, call.ctx);
      for (const cognito::ServedTrigger &s : running)
        if (cognito::isSynchronousTriggerType(s.type))
          cognito::addLinkNote(f, model, s);
      cognito::addDegradedNote(f, handler);
      f.anchor = cognito::handlerAnchor(handler, {call.what});
    }
  }
}

} // namespace

extern const Rule TL207_slow_call_in_trigger{kInfo, &check};

} // namespace tl::rules
