// libFuzzer target for the audit path: an AWS CLI dump (get-policy's nested Policy string
// included) is read, loaded next to a fixed pool whose triggers name the fuzzed functions, joined,
// and every rule runs. Dumps come from `triggerlint collect` or from anyone's hand. The same bytes
// are also read as `terraform show -json` output (a plan or state), the other deployed view.
#include "awsjson/dump_frontend.h"
#include "document/node.h"
#include "engine/engine.h"
#include "terraform/plan_frontend.h"

#include <cstdint>

namespace {

constexpr const char *kPool = R"({"UserPool": {"Id": "us-east-1_F", "Name": "f",
  "Arn": "arn:aws:cognito-idp:us-east-1:1:userpool/us-east-1_F", "UserPoolTier": "LITE",
  "LambdaConfig": {"PreSignUp": "arn:aws:lambda:us-east-1:1:function:f",
    "PostAuthentication": "arn:aws:lambda:us-east-1:1:function:f:live",
    "CustomSMSSender": {"LambdaVersion": "V1_0", "LambdaArn": "arn:aws:lambda:us-east-1:1:function:g"}}}})";

void load(tl::model::Model &model, const char *path, std::string text) {
  tl::doc::ReadLimits limits;
  limits.maxNodes = 100000;
  tl::doc::Document doc;
  doc.path = path;
  doc.text = std::move(text);
  tl::doc::readJson(doc, limits);
  if (!doc.problems.empty() || !doc.root)
    return;
  if (tl::terraform::isPlanOrState(*doc.root))
    tl::terraform::loadPlan(doc, *doc.root, model);
  else if (tl::awsjson::isDump(doc))
    tl::awsjson::loadDump(doc, model);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::model::Model model;
  load(model, "describe-user-pool.us-east-1_F.json", kPool);
  std::string text(reinterpret_cast<const char *>(data), size);
  load(model, "get-policy.f.json", text);
  load(model, "get-function-concurrency.f.json", text);
  tl::awsjson::joinDumps(model);
  tl::runRules(model, tl::RuleSelection{});
  return 0;
}
