#include "output_free_invocation.h"

#include "code_loading_flags.h"

#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"

namespace tl::clangfe {
namespace {

void noteEach(const std::vector<std::string> &values, const std::string &flag, std::vector<std::string> &notes) {
  for (const auto &v : values)
    notes.push_back(droppedFlagNote(flag + " " + v));
}

// Plugins reach the invocation under cc1 spellings whatever the driver flag was; a spelling that
// the argument filter did not know still ends here.
void dropPlugins(clang::CompilerInvocation &ci, std::vector<std::string> &notes) {
  auto &fe = ci.getFrontendOpts();
  noteEach(fe.Plugins, "-load", notes);
  noteEach(fe.AddPluginActions, "-add-plugin", notes);
  noteEach(ci.getCodeGenOpts().PassPlugins, "-fpass-plugin=", notes);
  if (fe.ProgramAction == clang::frontend::PluginAction)
    notes.push_back(droppedFlagNote("-plugin " + fe.ActionName));
  fe.Plugins.clear();
  fe.AddPluginActions.clear();
  fe.PluginArgs.clear();
  fe.ActionName.clear();
  fe.ProgramAction = clang::frontend::ParseSyntaxOnly;
  fe.LLVMArgs.clear();
  ci.getCodeGenOpts().PassPlugins.clear();
}

void clearFrontendOutputs(clang::FrontendOptions &fe) {
  fe.OutputFile.clear();
  fe.StatsFile.clear();
  fe.ShowStats = false;
  fe.TimeTracePath.clear();
  fe.TimeTrace = false;
  fe.FixWhatYouCan = false; // -fixit rewrites the sources in place
  fe.FixOnlyWarnings = false;
  fe.FixAndRecompile = false;
  fe.FixToTemporaries = false;
  fe.FixItSuffix.clear();
  fe.ARCMTAction = clang::FrontendOptions::ARCMT_None;
  fe.ObjCMTAction = clang::FrontendOptions::ObjCMT_None;
  fe.MTMigrateDir.clear();
  fe.ARCMTMigrateReportOut.clear();
  fe.CodeCompletionAt = {}; // completion results would go to stdout, into our JSON
  fe.ASTMergeFiles.clear();
  // Precompiled ASTs are binary inputs deserialised without the checks source gets.
  fe.ModuleFiles.clear();
  fe.ModulesEmbedFiles.clear();
}

// Implicit modules compile module maps into a cache directory, -fmodule-file reads binary ASTs.
void disableModules(clang::CompilerInvocation &ci) {
  ci.getLangOpts()->Modules = false;
  ci.getLangOpts()->ImplicitModules = false;
  auto &hs = ci.getHeaderSearchOpts();
  hs.ModuleCachePath.clear();
  hs.ModuleUserBuildPath.clear();
  hs.PrebuiltModuleFiles.clear();
  hs.PrebuiltModulePaths.clear();
  hs.ImplicitModuleMaps = false;
  ci.getPreprocessorOpts().ImplicitPCHInclude.clear();
}

// Nothing is generated, but a code generator that ran would find no place to write to.
void clearCodeGenOutputs(clang::CodeGenOptions &cg) {
  cg.CoverageDataFile.clear();
  cg.CoverageNotesFile.clear();
  cg.DIBugsReportFilePath.clear();
  cg.SplitDwarfFile.clear();
  cg.SplitDwarfOutput.clear();
  cg.InstrProfileOutput.clear();
  cg.MemoryProfileOutput.clear();
  cg.ThinLinkBitcodeFile.clear();
  cg.SaveTempsFilePrefix.clear();
  cg.OptRecordFile.clear();
  cg.StackUsageOutput.clear();
  cg.AsSecureLogFile.clear();
}

} // namespace

std::vector<std::string> makeOutputFree(clang::CompilerInvocation &ci) {
  std::vector<std::string> notes;
  dropPlugins(ci, notes);
  clearFrontendOutputs(ci.getFrontendOpts());
  // -MD/-MF/-MT, -dependency-file, -header-include-file, -H, /showIncludes (to stdout),
  // -dependency-dot, -module-dependency-dir (copies every header read): all of it is output.
  ci.getDependencyOutputOpts() = clang::DependencyOutputOptions();
  auto &diag = ci.getDiagnosticOpts();
  diag.DiagnosticLogFile.clear();
  diag.DiagnosticSerializationFile.clear();
  diag.VerifyDiagnostics = false; // -verify would swallow the errors that `expected-error` comments name
  disableModules(ci);
  clearCodeGenOutputs(ci.getCodeGenOpts());
  ci.getAnalyzerOpts()->DumpExplodedGraphTo.clear();
  return notes;
}

} // namespace tl::clangfe
