// triggerlint-clang: parses C++ trigger handler sources with Clang LibTooling and prints the
// facts it finds as JSON on stdout, for `triggerlint` to merge into its model. This is the
// skeleton of DESIGN.md §5: it parses each file and reports Clang's errors; the handler facts
// (failure paths, response paths, triggerSource dispatch) come with issue 3.
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace {

llvm::cl::OptionCategory Category("triggerlint-clang options");

/// Records the first error of each file so that it can be reported as TL000.
class FirstErrorConsumer : public clang::DiagnosticConsumer {
public:
  nlohmann::json &problems;
  explicit FirstErrorConsumer(nlohmann::json &p) : problems(p) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic &info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error || !problems.empty() || !info.hasSourceManager())
      return;
    llvm::SmallString<256> text;
    info.FormatDiagnostic(text);
    auto loc = info.getSourceManager().getPresumedLoc(info.getLocation());
    problems.push_back({{"file", loc.isValid() ? loc.getFilename() : ""},
                        {"line", loc.isValid() ? loc.getLine() : 0},
                        {"column", loc.isValid() ? loc.getColumn() : 0},
                        {"message", std::string(text)}});
  }
};

class NullConsumer : public clang::ASTConsumer {};

class ParseAction : public clang::ASTFrontendAction {
protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &, llvm::StringRef) override {
    return std::make_unique<NullConsumer>();
  }
};

} // namespace

int main(int argc, const char **argv) {
  auto options = clang::tooling::CommonOptionsParser::create(argc, argv, Category, llvm::cl::ZeroOrMore);
  if (!options) {
    llvm::errs() << llvm::toString(options.takeError()) << "\n";
    return 2;
  }
  nlohmann::json files = nlohmann::json::array();
  for (const auto &path : options->getSourcePathList()) {
    clang::tooling::ClangTool tool(options->getCompilations(), {path});
    tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
        {"-resource-dir", TL_CLANG_RESOURCE_DIR}, clang::tooling::ArgumentInsertPosition::END));
    nlohmann::json problems = nlohmann::json::array();
    FirstErrorConsumer diags(problems);
    tool.setDiagnosticConsumer(&diags);
    tool.run(clang::tooling::newFrontendActionFactory<ParseAction>().get());
    files.push_back({{"file", path}, {"handlers", nlohmann::json::array()}, {"problems", problems}});
  }
  std::cout << nlohmann::json{{"files", files}}.dump() << "\n";
  return 0;
}
