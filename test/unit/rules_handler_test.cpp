// Handler rules TL201-TL209 (and TL103 on handler annotations) on hand-built models: which facts under which triggers give which
// findings, at which places, with which notes.
#include "engine/engine.h"

#include <gtest/gtest.h>

namespace {

using namespace tl;
using model::FailurePath;
using model::HandlerLink;

Location at(uint32_t line, uint32_t column, std::string file = "h.cpp") { return {std::move(file), line, column}; }

model::CodeContext ctx(Location loc, std::vector<std::string> guards = {}, std::vector<std::string> excluded = {},
                       std::vector<Location> via = {}) {
  return {std::move(loc), std::move(via), std::move(guards), std::move(excluded)};
}

model::Handler handler() {
  model::Handler h;
  h.file = "h.cpp";
  h.function = "handler";
  h.loc = at(1, 1);
  return h;
}

HandlerLink link(HandlerLink::Via via, std::string trigger, Location loc, std::string pool = "",
                 std::string function = "") {
  HandlerLink l;
  l.via = via;
  l.trigger = std::move(trigger);
  l.loc = std::move(loc);
  l.pool = std::move(pool);
  l.function = std::move(function);
  return l;
}

FailurePath failure(FailurePath::Kind kind, std::string what, model::CodeContext c) {
  return {kind, std::move(what), std::move(c)};
}

model::ResponseWrite write(std::vector<std::string> path, model::CodeContext c, std::vector<std::string> strings = {}) {
  return {std::move(path), std::move(strings), std::move(c)};
}

// A template with pool "t.yaml#Pool" and function "t.yaml#TokenFn" bound to `key` (PreTokenGenerationConfig
// with `version`, or the legacy PreTokenGeneration key when version is empty).
model::Model poolModel(const std::string &key, std::vector<std::optional<std::string>> versions = {}) {
  model::Model m;
  model::Function fn;
  fn.key = "t.yaml#TokenFn";
  fn.logicalId = "TokenFn";
  fn.file = "t.yaml";
  m.functions.push_back(fn);
  model::UserPool pool;
  pool.key = "t.yaml#Pool";
  pool.logicalId = "Pool";
  pool.file = "t.yaml";
  model::TriggerBinding b;
  b.pool = pool.key;
  b.trigger = key;
  b.keyLoc = at(8, 9, "t.yaml");
  b.objectValued = key == "PreTokenGenerationConfig";
  model::Target t;
  t.form = model::Target::Form::GetAtt;
  t.resource = "TokenFn";
  t.function = fn.key;
  b.targets.push_back(t);
  for (auto &v : versions) {
    model::Candidate c;
    c.value = v;
    c.loc = at(10, 26, "t.yaml");
    b.lambdaVersion.push_back(c);
  }
  pool.triggers.push_back(b);
  m.pools.push_back(pool);
  return m;
}

HandlerLink templateLink(std::string trigger) {
  return link(HandlerLink::Via::Template, std::move(trigger), at(8, 9, "t.yaml"), "t.yaml#Pool", "t.yaml#TokenFn");
}

std::vector<Finding> run(const model::Model &m, const std::string &rule) {
  RuleSelection s;
  s.select = {rule};
  return runRules(m, s);
}

bool contains(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

void expectAt(const Location &loc, uint32_t line, uint32_t column, const std::string &file = "h.cpp") {
  EXPECT_EQ(loc.file, file);
  EXPECT_EQ(loc.line, line);
  EXPECT_EQ(loc.column, column);
}
void expectAt(const Finding &f, uint32_t line, uint32_t column, const std::string &file = "h.cpp") {
  expectAt(f.loc, line, column, file);
}

// ---- TL201 post-auth-blocking -----------------------------------------------------------------

model::Model postAuthModel(HandlerLink::Via via = HandlerLink::Via::Annotation) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(via, "PostAuthentication", at(2, 1)));
  h.failures.push_back(failure(FailurePath::Kind::Throw, "throw std::runtime_error", ctx(at(9, 5))));
  h.failures.push_back(failure(FailurePath::Kind::FailureResponse, "invocation_response::failure", ctx(at(11, 12))));
  h.failures.push_back(failure(FailurePath::Kind::Exit, "std::abort", ctx(at(13, 5))));
  m.handlers.push_back(h);
  return m;
}

TEST(TL201, EveryFailureKindUnderPostAuthentication) {
  auto findings = run(postAuthModel(), "TL201");
  ASSERT_EQ(findings.size(), 3u);
  expectAt(findings[0], 9, 5);
  expectAt(findings[1], 11, 12);
  expectAt(findings[2], 13, 5);
  for (const Finding &f : findings) {
    EXPECT_EQ(f.rule, "TL201");
    EXPECT_EQ(f.name, "post-auth-blocking");
    EXPECT_EQ(f.severity, Severity::Error);
    EXPECT_TRUE(contains(f.message, "UserLambdaValidationException: PostAuthentication failed with error"));
    EXPECT_TRUE(contains(f.message, "after the credentials were accepted, and issues no tokens"));
    EXPECT_TRUE(contains(f.message, "decisions in PreAuthentication"));
    ASSERT_EQ(f.notes.size(), 1u);
    EXPECT_EQ(f.notes[0].message, "annotated here as a PostAuthentication handler");
    expectAt(f.notes[0].loc, 2, 1);
  }
  EXPECT_TRUE(contains(findings[0].message, "'throw std::runtime_error' escapes the handler and fails the "
                                            "PostAuthentication trigger"));
  EXPECT_EQ(findings[0].anchor, "h.cpp/handler/PostAuthentication/throw std::runtime_error");
}

TEST(TL201, PreAuthenticationMayFail) {
  model::Model m = postAuthModel();
  m.handlers[0].links[0].trigger = "PreAuthentication";
  EXPECT_TRUE(run(m, "TL201").empty());
}

TEST(TL201, NoFailureNoFinding) {
  model::Model m = postAuthModel();
  m.handlers[0].failures.clear();
  EXPECT_TRUE(run(m, "TL201").empty());
}

TEST(TL201, GuardForAnotherTriggerKeepsFailureOutOfPostAuthentication) {
  model::Model m = postAuthModel();
  m.handlers[0].links.push_back(link(HandlerLink::Via::Annotation, "PreAuthentication", at(2, 1)));
  for (auto &f : m.handlers[0].failures)
    f.ctx.guards = {"PreAuthentication_Authentication"};
  EXPECT_TRUE(run(m, "TL201").empty());
  for (auto &f : m.handlers[0].failures) {
    f.ctx.guards.clear();
    f.ctx.excluded = {"PostAuthentication_Authentication"};
  }
  EXPECT_TRUE(run(m, "TL201").empty());
  m.handlers[0].failures[0].ctx.excluded = {};
  m.handlers[0].failures[0].ctx.guards = {"PostAuthentication_Authentication"};
  EXPECT_EQ(run(m, "TL201").size(), 1u);
}

TEST(TL201, PrefixGuardsCount) {
  model::Model m = postAuthModel();
  m.handlers[0].failures.resize(1);
  m.handlers[0].failures[0].ctx.guards = {"PostAuth"};
  EXPECT_EQ(run(m, "TL201").size(), 1u);
  m.handlers[0].failures[0].ctx.guards = {"TokenGeneration_"};
  EXPECT_TRUE(run(m, "TL201").empty());
}

TEST(TL201, CallChainAndTemplateLinkNotes) {
  model::Model m = poolModel("PostAuthentication");
  model::Handler h = handler();
  h.links.push_back(templateLink("PostAuthentication"));
  h.failures.push_back(failure(FailurePath::Kind::Exit, "exit", ctx(at(30, 3), {}, {}, {at(12, 3), at(20, 5)})));
  m.handlers.push_back(h);
  auto findings = run(m, "TL201");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 30, 3);
  EXPECT_TRUE(contains(findings[0].message, "the PostAuthentication trigger of pool Pool"));
  ASSERT_EQ(findings[0].notes.size(), 3u);
  EXPECT_EQ(findings[0].notes[0].message, "called from here");
  EXPECT_EQ(findings[0].notes[0].loc.line, 12u);
  EXPECT_EQ(findings[0].notes[1].loc.line, 20u);
  EXPECT_EQ(findings[0].notes[2].message, "bound here as the PostAuthentication trigger of pool Pool to function "
                                          "TokenFn, whose code directory holds this file");
  EXPECT_EQ(findings[0].notes[2].loc.file, "t.yaml");
}

TEST(TL201, DispatchLinkSaysItIsInferred) {
  auto findings = run(postAuthModel(HandlerLink::Via::Dispatch), "TL201");
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].notes.back().message, "PostAuthentication inferred from the triggerSource comparison here");
}

TEST(TL201, WithoutLinksComparisonsInferTheTrigger) {
  model::Model m = postAuthModel();
  m.handlers[0].links.clear();
  EXPECT_TRUE(run(m, "TL201").empty());
  m.handlers[0].comparisons.push_back({"PostAuthentication_Authentication", "==", ctx(at(5, 7))});
  auto findings = run(m, "TL201");
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].notes.back().message, "PostAuthentication inferred from the triggerSource comparison here");
  EXPECT_EQ(findings[0].notes.back().loc.line, 5u);
}

TEST(TL201, ConfigLinkAndDegradedNote) {
  model::Model m = postAuthModel(HandlerLink::Via::Config);
  m.handlers[0].degraded = true;
  m.handlers[0].degradedReason = "'aws/lambda-runtime/runtime.h' file not found";
  auto findings = run(m, "TL201");
  ASSERT_EQ(findings.size(), 3u);
  ASSERT_EQ(findings[0].notes.size(), 2u);
  EXPECT_EQ(findings[0].notes[0].message,
            "mapped to the PostAuthentication trigger by this handlers: entry of the configuration");
  EXPECT_EQ(findings[0].notes[1].message,
            "analysis of this file ran degraded: 'aws/lambda-runtime/runtime.h' file not found");
}

// ---- TL202 access-token-claim-edit ------------------------------------------------------------

const std::vector<std::string> kAccessClaim = {"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration",
                                               "claimsToAddOrOverride", "tenant"};

model::Model tokenModel(const std::string &key, std::vector<std::optional<std::string>> versions) {
  model::Model m = poolModel(key, std::move(versions));
  model::Handler h = handler();
  h.links.push_back(templateLink(key));
  h.writes.push_back(write(kAccessClaim, ctx(at(14, 3))));
  m.handlers.push_back(h);
  return m;
}

TEST(TL202, V2AndV3AreFine) {
  EXPECT_TRUE(run(tokenModel("PreTokenGenerationConfig", {"V2_0"}), "TL202").empty());
  EXPECT_TRUE(run(tokenModel("PreTokenGenerationConfig", {"V3_0"}), "TL202").empty());
}

TEST(TL202, V1IsAnErrorWithTheVersionNote) {
  auto findings = run(tokenModel("PreTokenGenerationConfig", {"V1_0"}), "TL202");
  ASSERT_EQ(findings.size(), 1u);
  const Finding &f = findings[0];
  EXPECT_EQ(f.rule, "TL202");
  EXPECT_EQ(f.severity, Severity::Error);
  expectAt(f, 14, 3);
  EXPECT_TRUE(contains(f.message, "'response.claimsAndScopeOverrideDetails.accessTokenGeneration."
                                  "claimsToAddOrOverride.tenant' is written from the PreTokenGeneration trigger of "
                                  "pool Pool, which is configured V1_0"));
  EXPECT_TRUE(contains(f.message, "LambdaVersion to V2_0 or V3_0"));
  ASSERT_EQ(f.notes.size(), 2u);
  EXPECT_TRUE(contains(f.notes[0].message, "bound here as the PreTokenGeneration trigger of pool Pool"));
  EXPECT_EQ(f.notes[1].message, "LambdaVersion V1_0 is configured here");
  expectAt(f.notes[1].loc, 10, 26, "t.yaml");
}

TEST(TL202, LegacyKeyAloneIsV1) {
  auto findings = run(tokenModel("PreTokenGeneration", {}), "TL202");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "configured with the legacy PreTokenGeneration key (V1_0 events)"));
  EXPECT_EQ(findings[0].notes.back().message, "the legacy PreTokenGeneration key alone sends V1_0 events");
}

TEST(TL202, UnknownVersionIsAWarningNamingTheRequirement) {
  for (auto versions : {std::vector<std::optional<std::string>>{std::nullopt},
                        std::vector<std::optional<std::string>>{"V1_0", "V2_0"}}) {
    auto findings = run(tokenModel("PreTokenGenerationConfig", versions), "TL202");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Warning);
    EXPECT_TRUE(contains(findings[0].message, "whose LambdaVersion is not known here"));
    EXPECT_TRUE(contains(findings[0].message, "PreTokenGenerationConfig LambdaVersion V2_0 or V3_0 (Essentials or "
                                              "Plus feature plan)"));
  }
}

TEST(TL202, NoPoolOrDispatchOnlyIsAWarning) {
  model::Model m;
  model::Handler h = handler();
  h.writes.push_back(write(kAccessClaim, ctx(at(14, 3))));
  m.handlers.push_back(h);
  auto findings = run(m, "TL202");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_TRUE(contains(findings[0].message, "whose trigger configuration is unknown"));

  m.handlers[0].links.push_back(link(HandlerLink::Via::Dispatch, "PreTokenGeneration", at(6, 7)));
  findings = run(m, "TL202");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].notes.back().message, "PreTokenGeneration inferred from the triggerSource comparison here");

  m.handlers[0].links[0] = link(HandlerLink::Via::Annotation, "PreTokenGeneration", at(2, 1));
  findings = run(m, "TL202");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
}

TEST(TL202, OtherTriggerIsAnError) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PostAuthentication", at(2, 1)));
  h.writes.push_back(write(kAccessClaim, ctx(at(14, 3))));
  m.handlers.push_back(h);
  auto findings = run(m, "TL202");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "written from the PostAuthentication trigger, which never reads it"));
}

TEST(TL202, IdTokenAndV1ShapesAreNotAccessTokenEdits) {
  model::Model m = tokenModel("PreTokenGenerationConfig", {"V1_0"});
  m.handlers[0].writes = {
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "tenant"}, ctx(at(14, 3))),
      write({"response", "claimsAndScopeOverrideDetails", "idTokenGeneration", "claimsToAddOrOverride", "t"},
            ctx(at(15, 3)))};
  EXPECT_TRUE(run(m, "TL202").empty());
}

// ---- TL203 response-field-ignored -------------------------------------------------------------

TEST(TL203, PostAuthenticationClaimsAreIgnored) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PostAuthentication", at(2, 1)));
  h.writes.push_back(write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "tier"}, ctx(at(9, 3))));
  h.writes.push_back(write({"response"}, ctx(at(10, 3))));                      // the empty response itself
  h.writes.push_back(write({"request", "userAttributes", "x"}, ctx(at(11, 3)))); // not the response
  m.handlers.push_back(h);
  auto findings = run(m, "TL203");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 9, 3);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_TRUE(contains(findings[0].message, "'response.claimsOverrideDetails.claimsToAddOrOverride.tier' is written "
                                            "from the PostAuthentication trigger, but PostAuthentication responses "
                                            "have no fields"));
}

TEST(TL203, PreAuthenticationAndPostConfirmationToo) {
  for (std::string trigger : {"PreAuthentication", "PostConfirmation"}) {
    model::Model m;
    model::Handler h = handler();
    h.links.push_back(link(HandlerLink::Via::Annotation, trigger, at(2, 1)));
    h.writes.push_back(write({"response", "autoConfirmUser"}, ctx(at(9, 3))));
    m.handlers.push_back(h);
    EXPECT_EQ(run(m, "TL203").size(), 1u) << trigger;
  }
}

TEST(TL203, PreSignUpReadsItsResponse) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1)));
  h.writes.push_back(write({"response", "autoConfirmUser"}, ctx(at(9, 3))));
  m.handlers.push_back(h);
  EXPECT_TRUE(run(m, "TL203").empty());
}

TEST(TL203, GuardedWriteUnderAnotherTrigger) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PostAuthentication", at(2, 1)));
  h.links.push_back(link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1)));
  h.writes.push_back(write({"response", "autoConfirmUser"}, ctx(at(9, 3), {"PreSignUp_SignUp"})));
  m.handlers.push_back(h);
  EXPECT_TRUE(run(m, "TL203").empty());
}

TEST(TL203, VersionShapeMismatch) {
  model::Model m = tokenModel("PreTokenGenerationConfig", {"V2_0"});
  m.handlers[0].writes = {write({"response", "claimsOverrideDetails", "claimsToSuppress"}, ctx(at(20, 3)), {"x"})};
  auto findings = run(m, "TL203");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "it is configured V2_0, which reads claimsAndScopeOverrideDetails"));
  EXPECT_EQ(findings[0].notes.back().message, "LambdaVersion V2_0 is configured here");

  m = tokenModel("PreTokenGenerationConfig", {"V1_0"});
  m.handlers[0].writes = {write({"response", "claimsAndScopeOverrideDetails", "idTokenGeneration",
                                 "claimsToAddOrOverride", "tier"},
                                ctx(at(20, 3)))};
  findings = run(m, "TL203");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "it is configured V1_0, which reads claimsOverrideDetails"));

  // Matching shapes, and unknown versions, are fine.
  m.handlers[0].writes[0].path = {"response", "claimsOverrideDetails", "claimsToAddOrOverride", "tier"};
  EXPECT_TRUE(run(m, "TL203").empty());
  m = tokenModel("PreTokenGenerationConfig", {std::nullopt});
  m.handlers[0].writes = {write({"response", "claimsOverrideDetails", "claimsToSuppress"}, ctx(at(20, 3)), {"x"})};
  EXPECT_TRUE(run(m, "TL203").empty());
}

TEST(TL203, AccessTokenEditsAreLeftToTL202) {
  model::Model m = tokenModel("PreTokenGenerationConfig", {"V1_0"});
  EXPECT_TRUE(run(m, "TL203").empty());
}

// ---- TL204 reserved-claim ---------------------------------------------------------------------

model::Model claimsModel(std::vector<model::ResponseWrite> writes) {
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PreTokenGeneration", at(2, 1)));
  h.writes = std::move(writes);
  m.handlers.push_back(h);
  return m;
}

TEST(TL204, ReservedClaimsAdded) {
  auto m = claimsModel({
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "sub"}, ctx(at(5, 3))),
      write({"response", "claimsAndScopeOverrideDetails", "idTokenGeneration", "claimsToAddOrOverride",
             "cognito:username"},
            ctx(at(6, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "cognito:signup_source"}, ctx(at(7, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "token_use"}, ctx(at(8, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "aud"}, ctx(at(9, 3))),
  });
  auto findings = run(m, "TL204");
  ASSERT_EQ(findings.size(), 5u);
  expectAt(findings[0], 5, 3);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "claim 'sub' cannot be added or overridden in "
                                            "'response.claimsOverrideDetails.claimsToAddOrOverride.sub': Cognito "
                                            "never lets a trigger change it"));
  EXPECT_TRUE(contains(findings[1].message, "'cognito:username'"));
  EXPECT_TRUE(contains(findings[2].message, "'cognito:signup_source'"));
  EXPECT_TRUE(contains(findings[3].message, "'token_use'"));
  EXPECT_TRUE(contains(findings[4].message, "aud can only be added to access tokens"));
  EXPECT_EQ(findings[0].anchor, "h.cpp/handler/claimsToAddOrOverride/sub");
}

TEST(TL204, AllowedClaims) {
  auto m = claimsModel({
      write({"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration", "claimsToAddOrOverride", "aud"},
            ctx(at(5, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "cognito:groups"}, ctx(at(6, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "custom:tier"}, ctx(at(7, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "email"}, ctx(at(8, 3))),
      // a nested key inside a JSON claim value is not a claim of the token
      write({"response", "claimsAndScopeOverrideDetails", "idTokenGeneration", "claimsToAddOrOverride", "profile",
             "sub"},
            ctx(at(9, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "*"}, ctx(at(10, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "username"}, ctx(at(11, 3))),
      write({"response", "claimsOverrideDetails", "claimsToSuppress"}, ctx(at(12, 3)), {"email", "cognito:groups"}),
  });
  EXPECT_TRUE(run(m, "TL204").empty());
}

TEST(TL204, SuppressedReservedClaims) {
  auto m = claimsModel({write({"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration",
                               "claimsToSuppress"},
                              ctx(at(5, 3)), {"email", "sub", "aud", "username"})});
  auto findings = run(m, "TL204");
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_TRUE(contains(findings[0].message, "claim 'sub' cannot be suppressed"));
  EXPECT_TRUE(contains(findings[1].message, "claim 'aud' cannot be suppressed"));
  EXPECT_TRUE(contains(findings[2].message, "claim 'username' cannot be suppressed"));
  EXPECT_TRUE(contains(findings[2].message, "in access tokens"));
}

TEST(TL204, UsernameInAccessTokenAndScopeAndDevAttributes) {
  auto m = claimsModel({
      write({"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration", "claimsToAddOrOverride",
             "username"},
            ctx(at(5, 3))),
      write({"response", "claimsAndScopeOverrideDetails", "accessTokenGeneration", "claimsToAddOrOverride", "scope"},
            ctx(at(6, 3))),
      write({"response", "claimsOverrideDetails", "claimsToAddOrOverride", "dev:debug"}, ctx(at(7, 3))),
  });
  auto findings = run(m, "TL204");
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_TRUE(contains(findings[1].message, "scopesToAdd"));
  EXPECT_TRUE(contains(findings[2].message, "dev: attributes can only be suppressed"));
}

// ---- TL205 unknown-trigger-source -------------------------------------------------------------

model::Model comparisonsModel(std::vector<model::SourceComparison> comparisons,
                              std::vector<HandlerLink> links = {}) {
  model::Model m;
  model::Handler h = handler();
  h.comparisons = std::move(comparisons);
  h.links = std::move(links);
  m.handlers.push_back(h);
  return m;
}

TEST(TL205, TyposWithDidYouMean) {
  auto m = comparisonsModel({
      {"CustomSmsSender_SignUp", "==", ctx(at(5, 24))},
      {"VerifyAuthChallenge_Authentication", "==", ctx(at(6, 24))},
      {"PostAuthentication_Authenticaton", "compare", ctx(at(7, 24))},
      {"postauthentication_authentication", "strcmp", ctx(at(8, 24))},
      {"Banana", "==", ctx(at(9, 24))},
  });
  auto findings = run(m, "TL205");
  ASSERT_EQ(findings.size(), 5u);
  expectAt(findings[0], 5, 24);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "'CustomSmsSender_SignUp' is not a trigger source Cognito sends"));
  EXPECT_TRUE(contains(findings[0].message, "did you mean 'CustomSMSSender_SignUp'?"));
  EXPECT_TRUE(contains(findings[0].message, "misspells it"));
  EXPECT_TRUE(contains(findings[1].message, "did you mean 'VerifyAuthChallengeResponse_Authentication'?"));
  EXPECT_TRUE(contains(findings[2].message, "did you mean 'PostAuthentication_Authentication'?"));
  EXPECT_TRUE(contains(findings[3].message, "did you mean 'PostAuthentication_Authentication'?"));
  EXPECT_FALSE(contains(findings[4].message, "did you mean"));
}

TEST(TL205, RealSourcesAndPrefixes) {
  auto m = comparisonsModel({
      {"PostAuthentication_Authentication", "==", ctx(at(5, 24))},
      {"TokenGeneration_ClientCredentials", "!=", ctx(at(6, 24))},
      {"TokenGeneration_", "starts_with", ctx(at(7, 24))},
      {"CustomSMSSender", "rfind", ctx(at(8, 24))},
  });
  EXPECT_TRUE(run(m, "TL205").empty());
}

TEST(TL205, BadPrefix) {
  auto m = comparisonsModel({{"CustomSmsSender_", "starts_with", ctx(at(5, 24))},
                             {"TokenGeneration_Authentication", "starts_with", ctx(at(6, 24))}});
  auto findings = run(m, "TL205");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "is not the beginning of any trigger source"));
  EXPECT_TRUE(contains(findings[0].message, "did you mean 'CustomSMSSender_'?"));
}

// ---- TL206 unreachable-trigger-source ---------------------------------------------------------

TEST(TL206, SourceOfAnotherTrigger) {
  auto m = comparisonsModel({{"PreAuthentication_Authentication", "==", ctx(at(5, 24))},
                             {"PostAuthentication_Authentication", "==", ctx(at(6, 24))},
                             {"Typo_Source", "==", ctx(at(7, 24))}},
                            {link(HandlerLink::Via::Annotation, "PostAuthentication", at(2, 1))});
  auto findings = run(m, "TL206");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 5, 24);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_TRUE(contains(findings[0].message, "this handler serves PostAuthentication, which never sends "
                                            "'PreAuthentication_Authentication' (the PreAuthentication trigger "
                                            "sends it)"));
  ASSERT_EQ(findings[0].notes.size(), 1u);
  EXPECT_EQ(findings[0].notes[0].message, "annotated here as a PostAuthentication handler");
}

TEST(TL206, DispatchOnlyIsNotChecked) {
  auto m = comparisonsModel({{"PreAuthentication_Authentication", "==", ctx(at(5, 24))},
                             {"PostAuthentication_Authentication", "==", ctx(at(6, 24))}},
                            {link(HandlerLink::Via::Dispatch, "PostAuthentication", at(6, 24)),
                             link(HandlerLink::Via::Dispatch, "PreAuthentication", at(5, 24))});
  EXPECT_TRUE(run(m, "TL206").empty());
  m.handlers[0].links.clear();
  EXPECT_TRUE(run(m, "TL206").empty());
}

TEST(TL206, PrefixNotSent) {
  auto m = comparisonsModel({{"TokenGeneration_", "starts_with", ctx(at(5, 24))}},
                            {link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))});
  auto findings = run(m, "TL206");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "never sends a trigger source starting with 'TokenGeneration_'"));
}

TEST(TL206, ClientCredentialsNeedsV3) {
  model::Model m = tokenModel("PreTokenGenerationConfig", {"V2_0"});
  m.handlers[0].comparisons.push_back({"TokenGeneration_ClientCredentials", "==", ctx(at(5, 24))});
  m.handlers[0].comparisons.push_back({"TokenGeneration_HostedAuth", "==", ctx(at(6, 24))});
  auto findings = run(m, "TL206");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 5, 24);
  EXPECT_TRUE(contains(findings[0].message, "is sent only to a PreTokenGeneration trigger configured V3_0, but the "
                                            "PreTokenGeneration trigger of pool Pool is configured V2_0"));
  EXPECT_EQ(findings[0].notes.back().message, "LambdaVersion V2_0 is configured here");

  EXPECT_EQ(run(tokenModel("PreTokenGeneration", {}), "TL206").size(), 0u);
  m = tokenModel("PreTokenGeneration", {});
  m.handlers[0].comparisons.push_back({"TokenGeneration_ClientCredentials", "==", ctx(at(5, 24))});
  EXPECT_EQ(run(m, "TL206").size(), 1u);
  for (std::optional<std::string> v : {std::optional<std::string>("V3_0"), std::optional<std::string>()}) {
    m = tokenModel("PreTokenGenerationConfig", {v});
    m.handlers[0].comparisons.push_back({"TokenGeneration_ClientCredentials", "==", ctx(at(5, 24))});
    EXPECT_TRUE(run(m, "TL206").empty());
  }
}

// ---- TL207 slow-call-in-trigger ---------------------------------------------------------------

model::Model slowModel(std::vector<HandlerLink> links, std::optional<long long> millis,
                       std::vector<std::string> guards = {}) {
  model::Model m;
  model::Handler h = handler();
  h.links = std::move(links);
  h.slowCalls.push_back({"requestTimeoutMs", millis, ctx(at(12, 3), std::move(guards))});
  m.handlers.push_back(h);
  return m;
}

TEST(TL207, SynchronousTrigger) {
  auto findings = run(slowModel({link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))}, 10000), "TL207");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 12, 3);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_TRUE(contains(findings[0].message, "'requestTimeoutMs' waits up to 10 s, but Cognito waits only 5 s for the "
                                            "PreSignUp trigger"));
  EXPECT_EQ(run(slowModel({link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))}, 5000), "TL207").size(), 1u);
  auto half = run(slowModel({link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))}, 7500), "TL207");
  ASSERT_EQ(half.size(), 1u);
  EXPECT_TRUE(contains(half[0].message, "waits up to 7.5 s"));
}

TEST(TL207, ShortOrUnknownWaitsAreFine) {
  EXPECT_TRUE(run(slowModel({link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))}, 4999), "TL207").empty());
  EXPECT_TRUE(
      run(slowModel({link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))}, std::nullopt), "TL207").empty());
}

TEST(TL207, CustomSendersAreExempt) {
  EXPECT_TRUE(
      run(slowModel({link(HandlerLink::Via::Annotation, "CustomEmailSender", at(2, 1))}, 10000), "TL207").empty());
  // Serving both: only the synchronous trigger's guard matters.
  auto both = slowModel({link(HandlerLink::Via::Annotation, "CustomEmailSender", at(2, 1)),
                         link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 1))},
                        10000, {"CustomEmailSender_SignUp"});
  EXPECT_TRUE(run(both, "TL207").empty());
  both.handlers[0].slowCalls[0].ctx.guards.clear();
  EXPECT_EQ(run(both, "TL207").size(), 1u);
}

TEST(TL207, UnknownTriggerStillWarns) {
  auto findings = run(slowModel({}, 30000), "TL207");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "this handler's trigger is unknown"));
}

// ---- TL208 exception-escapes-handler ----------------------------------------------------------

TEST(TL208, EveryThrowWhateverTheTrigger) {
  model::Model m = postAuthModel();
  m.handlers[0].links[0].trigger = "PreAuthentication";
  auto findings = run(m, "TL208");
  ASSERT_EQ(findings.size(), 1u);
  expectAt(findings[0], 9, 5);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "'throw std::runtime_error' escapes the handler: aws-lambda-cpp does not "
                                            "catch exceptions"));
  EXPECT_TRUE(contains(findings[0].message, "'PreAuthentication failed with error RequestId: ... Runtime exited with "
                                            "error'"));
  EXPECT_TRUE(contains(findings[0].message, "return invocation_response::failure(message, type)"));
  EXPECT_EQ(findings[0].notes.back().message, "annotated here as a PreAuthentication handler");

  m.handlers[0].links.clear();
  findings = run(m, "TL208");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(contains(findings[0].message, "Cognito reports the trigger as failed with 'RequestId: ... Runtime "
                                            "exited with error' instead of the message"));
  EXPECT_FALSE(contains(findings[0].message, "<Trigger>"));
}

TEST(TL208, FailureResponseAndExitAreNotThrows) {
  model::Model m = postAuthModel();
  m.handlers[0].failures.erase(m.handlers[0].failures.begin());
  EXPECT_TRUE(run(m, "TL208").empty());
}

TEST(TL208, ThrowInPostAuthenticationIsBothTL201AndTL208) {
  model::Model m = postAuthModel();
  m.handlers[0].failures.resize(1);
  RuleSelection s;
  s.select = {"TL201", "TL208"};
  auto findings = runRules(m, s);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "TL201");
  EXPECT_EQ(findings[1].rule, "TL208");
}

// ---- TL209 response-not-event ----------------------------------------------------------------

model::ResponsePayload payload(model::ResponsePayload::Kind kind, std::string text, model::CodeContext c) {
  return {kind, std::move(text), std::move(c)};
}

TEST(TL209, LiteralAndBuiltPayloadsOfASynchronousTrigger) {
  using Kind = model::ResponsePayload::Kind;
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "PostAuthentication", at(2, 4)));
  h.payloads = {payload(Kind::Literal, "{}", ctx(at(9, 39))), payload(Kind::Built, "out.dump()", ctx(at(11, 39))),
                payload(Kind::Literal, "", ctx(at(13, 39))), payload(Kind::Event, "event.dump()", ctx(at(15, 39))),
                payload(Kind::Unknown, "make()", ctx(at(17, 39)))};
  m.handlers.push_back(h);
  auto findings = run(m, "TL209");
  ASSERT_EQ(findings.size(), 3u);
  expectAt(findings[0], 9, 39);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_TRUE(contains(findings[0].message, "the success() payload \"{}\" is a string constant, not the event the "
                                            "PostAuthentication trigger sent"));
  EXPECT_TRUE(contains(findings[0].message, "'InvalidLambdaResponseException: Unrecognizable lambda output'"));
  EXPECT_EQ(findings[0].notes.back().message, "annotated here as a PostAuthentication handler");
  EXPECT_TRUE(contains(findings[1].message, "the success() payload 'out.dump()' is a JSON object built here"));
  EXPECT_TRUE(contains(findings[2].message, "the success() payload is an empty string"));
}

TEST(TL209, CustomSendersGuardsAndUnknownTriggersAreExempt) {
  using Kind = model::ResponsePayload::Kind;
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Annotation, "CustomEmailSender", at(2, 4)));
  h.payloads = {payload(Kind::Literal, "{}", ctx(at(9, 39)))};
  m.handlers.push_back(h);
  EXPECT_TRUE(run(m, "TL209").empty());

  // Guarded for the custom sender of a handler that also serves PreSignUp.
  m.handlers[0].links.push_back(link(HandlerLink::Via::Annotation, "PreSignUp", at(2, 4)));
  m.handlers[0].payloads[0].ctx.guards = {"CustomEmailSender_SignUp"};
  EXPECT_TRUE(run(m, "TL209").empty());
  m.handlers[0].payloads[0].ctx.guards.clear();
  EXPECT_EQ(run(m, "TL209").size(), 1u);

  // No link and no comparison: the handler may serve no trigger at all. A misspelt link (TL103) is
  // no trigger either.
  m.handlers[0].links.clear();
  EXPECT_TRUE(run(m, "TL209").empty());
  m.handlers[0].links.push_back(link(HandlerLink::Via::Annotation, "PostAuthenticaton", at(2, 4)));
  EXPECT_TRUE(run(m, "TL209").empty());
}

TEST(TL209, CalleePayloadHasTheCallChain) {
  using Kind = model::ResponsePayload::Kind;
  model::Model m;
  model::Handler h = handler();
  h.links.push_back(link(HandlerLink::Via::Config, "PreSignUp", at(3, 5, ".triggerlint.yaml")));
  h.payloads = {payload(Kind::Literal, "OK", ctx(at(4, 60), {}, {}, {at(12, 10)}))};
  m.handlers.push_back(h);
  auto findings = run(m, "TL209");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_EQ(findings[0].notes.size(), 2u);
  expectAt(findings[0].notes[0].loc, 12, 10);
  EXPECT_EQ(findings[0].notes[0].message, "called from here");
  expectAt(findings[0].notes[1].loc, 3, 5, ".triggerlint.yaml");
}

// ---- TL103 on the names handler annotations and handlers: entries give ------------------------

TEST(TL103, MisspeltAnnotationNamesAtTheirPlaceOnceForAFile) {
  model::Model m;
  model::Handler h = handler();
  h.annotatedTriggers = {"PreSignUp", "postAuthentication", "Banana"};
  h.annotationLoc = at(1, 1);
  h.annotatedTriggerLocs = {at(1, 25), at(1, 35), at(1, 54)};
  m.handlers.push_back(h);
  h.function = "second"; // a second handler under the same leading annotation
  m.handlers.push_back(h);
  auto findings = run(m, "TL103");
  ASSERT_EQ(findings.size(), 2u);
  expectAt(findings[0], 1, 35);
  EXPECT_EQ(findings[0].message, "'postAuthentication' in this triggerlint annotation is not a user pool trigger, so "
                                 "the handlers it annotates are tied to no trigger; did you mean "
                                 "'PostAuthentication'?");
  expectAt(findings[1], 1, 54);
  EXPECT_TRUE(contains(findings[1].message, "; use a LambdaConfig trigger key such as PostAuthentication"));
}

TEST(TL103, MisspeltHandlersEntryNames) {
  model::Model m;
  m.mappedTriggers = {{"PostAuthentication", "src/*.cpp", at(3, 14, ".triggerlint.yaml")},
                      {"PreSignup", "src/*.cpp", at(3, 34, ".triggerlint.yaml")},
                      {"KMSKeyID", "lib/*.cc", at(4, 15, ".triggerlint.yaml")}};
  auto findings = run(m, "TL103");
  ASSERT_EQ(findings.size(), 2u);
  expectAt(findings[0], 3, 34, ".triggerlint.yaml");
  EXPECT_EQ(findings[0].message, "'PreSignup' in the handlers: entry for src/*.cpp is not a user pool trigger, so the "
                                 "sources it matches are tied to no trigger; did you mean 'PreSignUp'?");
  // KMSKeyID is a LambdaConfig key but no trigger.
  expectAt(findings[1], 4, 15, ".triggerlint.yaml");
  EXPECT_TRUE(contains(findings[1].message, "'KMSKeyID' in the handlers: entry for lib/*.cc is not a user pool trigger"));
}

TEST(HandlerRules, RegisteredInIdOrder) {
  std::vector<std::string> ids;
  for (const Rule *r : allRules())
    if (r->info.id.starts_with("TL2"))
      ids.emplace_back(r->info.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"TL201", "TL202", "TL203", "TL204", "TL205", "TL206", "TL207", "TL208",
                                           "TL209"}));
  EXPECT_NE(findRule("post-auth-blocking"), nullptr);
  EXPECT_NE(findRule("exception-escapes-handler"), nullptr);
}

} // namespace
