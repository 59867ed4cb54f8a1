// libFuzzer target for the handler facts that triggerlint reads from triggerlint-clang's stdout
// (model/handler_json.h). The frontend parses hostile C++ and a crash or a bug there shows up as
// broken output, so its output is untrusted too: it is merged for a batch of two files, the
// handlers are linked to a fixed template's triggers by its code directory and by a config glob,
// and every rule runs.
#include "cfn/template_frontend.h"
#include "config/config_file.h"
#include "cpp/clang_frontend_runner.h"
#include "cpp/handler_linking.h"
#include "document/node.h"
#include "engine/engine.h"

#include <cstdint>
#include <string>
#include <vector>

namespace {

constexpr const char *kTemplate = R"(Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      LambdaConfig:
        PreSignUp: !GetAtt Fn.Arn
        PreTokenGeneration: !GetAtt Fn.Arn
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: main
      Runtime: provided.al2
      Timeout: 30
)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::model::Model model;
  tl::doc::Document doc;
  doc.path = "template.yaml";
  doc.text = kTemplate;
  tl::doc::readYaml(doc);
  tl::cfn::loadTemplate(doc, model);
  const std::vector<std::string> batch{"src/a.cpp", "src/b.cpp"};
  tl::cpp::mergeFrontendOutput(std::string(reinterpret_cast<const char *>(data), size), batch, model);
  tl::config::ConfigResult config = tl::config::readConfigText("/repo/.triggerlint.yaml",
                                                               "handlers:\n  'src/b*.cpp': PostConfirmation\n");
  tl::cpp::linkHandlers(model, config.config);
  tl::runRules(model, tl::RuleSelection{});
  return 0;
}
