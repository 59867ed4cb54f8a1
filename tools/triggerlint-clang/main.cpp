// triggerlint-clang: parses C++ trigger handler sources with Clang LibTooling and prints the
// facts it finds as JSON on stdout (`{"files": [toJson(HandlerFile) + "deps": [[path, sha256]...]...]}`), for
// `triggerlint` to merge into its model (DESIGN.md §5). `--units` groups the files into functions' code, whose
// translation units are analysed together (unit_analysis.h). Clang's diagnostics are recorded, never printed: the
// first error of a file becomes its TL000 problem; a missing header is a note instead, parsing
// goes on past it, and it marks the file's handlers as degraded (missing_headers.h). Clang writes no file and loads no
// code, whatever the compile command asks (DESIGN.md §6).
#include "code_loading_flags.h"
#include "dependency_files.h"
#include "missing_headers.h"
#include "model/handler_json.h"
#include "output_free_invocation.h"
#include "quotable_files.h"
#include "response_files.h"
#include "translation_units.h"
#include "unit_analysis.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

llvm::cl::OptionCategory Category("triggerlint-clang options");
llvm::cl::opt<std::string> PreambleDir("preamble-cache",
                                       llvm::cl::desc("DIR: keep each file's compiled preamble (its leading "
                                                      "#includes) there and parse later runs against it"),
                                       llvm::cl::cat(Category));
llvm::cl::opt<std::string> UnitSizes("units",
                                     llvm::cl::desc("N,M,...: the first N files are one function's code, "
                                                    "analysed together, the next M the next (default: one each)"),
                                     llvm::cl::cat(Category));

struct FileState {
  std::string givenPath;
  bool missingHeader = false;
  std::string degradedReason; // Clang's message about the first missing header
  std::optional<tl::model::InputProblem> firstError, firstIndependentError;
  std::vector<tl::model::Handler> handlers;
  std::vector<std::string> notes;
  bool analysed = false;

  /// The file's TL000: its first error, or with a header missing, its first error that the
  /// missing header does not explain.
  const std::optional<tl::model::InputProblem> &problem() const {
    return missingHeader ? firstIndependentError : firstError;
  }

  void note(const std::string &text) {
    if (std::find(notes.begin(), notes.end(), text) == notes.end())
      notes.push_back(text);
  }

  /// What diagnostics left here, for a compiled preamble to replay (preamble_cache.h).
  nlohmann::json diagnosticState() const {
    auto problem = [](const std::optional<tl::model::InputProblem> &p) {
      if (!p)
        return nlohmann::json();
      return nlohmann::json{std::string(p->loc.file), p->loc.line, p->loc.column, p->message};
    };
    return {{"missingHeader", missingHeader},
            {"degradedReason", degradedReason},
            {"notes", notes},
            {"firstError", problem(firstError)},
            {"firstIndependentError", problem(firstIndependentError)}};
  }

  /// Replays a state diagnosticState() recorded; throws nlohmann::json::exception when malformed.
  void replay(const nlohmann::json &j) {
    auto problem = [](const nlohmann::json &p) -> std::optional<tl::model::InputProblem> {
      if (p.is_null())
        return std::nullopt;
      return tl::model::InputProblem{
          tl::Location{p.at(0).get<std::string>(), p.at(1).get<uint32_t>(), p.at(2).get<uint32_t>()},
          p.at(3).get<std::string>(), false};
    };
    missingHeader = missingHeader || j.at("missingHeader").get<bool>();
    if (degradedReason.empty())
      degradedReason = j.at("degradedReason").get<std::string>();
    for (const auto &n : j.at("notes"))
      note(n.get<std::string>());
    if (!firstError)
      firstError = problem(j.at("firstError"));
    if (!firstIndependentError)
      firstIndependentError = problem(j.at("firstIndependentError"));
  }
};

/// True when `fid` was entered from the command line (-include, -imacros) rather than from an
/// #include of the main file: such a file may be anything readable on the machine.
bool forcedInclude(const clang::SourceManager &sm, clang::FileID fid) {
  for (int depth = 0; fid.isValid() && fid != sm.getMainFileID() && depth < 256; ++depth) {
    clang::SourceLocation from = sm.getIncludeLoc(fid);
    if (from.isInvalid())
      return false;
    fid = sm.getFileID(sm.getFileLoc(from));
    if (fid.isValid() && fid != sm.getMainFileID() && !sm.getFileEntryForID(fid))
      return true; // the predefines buffer, where -include becomes an #include
  }
  return false;
}

/// Records the errors of each file so that one can be reported as TL000; prints nothing. A
/// missing header is a note instead, and so are the errors it causes (missing_headers.h).
class RecordingConsumer : public clang::DiagnosticConsumer {
public:
  FileState &state;
  std::vector<std::string> bundledDirs; // stubs and Clang's resource headers: their text may be quoted
  tl::clangfe::MissingHeaderTriage triage;
  RecordingConsumer(FileState &s, std::vector<std::string> bundled) : state(s), bundledDirs(std::move(bundled)) {}
  // The diagnostics engine's mappings are reset when an ASTUnit starts parsing: the missing header
  // is made non-fatal here, once the preprocessor for the file exists.
  void BeginSourceFile(const clang::LangOptions &lang, const clang::Preprocessor *pp) override {
    clang::DiagnosticConsumer::BeginSourceFile(lang, pp);
    if (pp)
      tl::clangfe::keepGoingPastMissingHeaders(pp->getDiagnostics());
  }
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level, const clang::Diagnostic &info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error)
      return;
    llvm::SmallString<256> text;
    info.FormatDiagnostic(text);
    bool quotable = true;
    std::string file;
    unsigned line = 0;
    bool inMain = false;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      auto &sm = info.getSourceManager();
      auto fileLoc = sm.getFileLoc(info.getLocation());
      auto loc = sm.getPresumedLoc(fileLoc);
      const clang::FileID fid = sm.getFileID(fileLoc);
      quotable = loc.isValid() && !forcedInclude(sm, fid) && tl::clangfe::mayQuote(sm, fid, bundledDirs);
      if (loc.isValid()) {
        file = loc.getFilename();
        line = loc.getLine();
        inMain = fid == sm.getMainFileID();
      }
    }
    // The header's name is the file's text: named only where Clang's own message could be.
    if (auto header = tl::clangfe::missingHeaderName(info); header && quotable) {
      state.missingHeader = true;
      if (state.degradedReason.empty())
        state.degradedReason = std::string(text);
      state.note(tl::clangfe::missingHeaderNote(*header, inMain ? "line " + std::to_string(line)
                                                                : file + ":" + std::to_string(line)));
      return;
    }
    triage.error(info, file, line);
    if (!state.firstError)
      state.firstError = problemAt(info, std::string(text));
    if (!state.firstIndependentError && triage.lastIsIndependent())
      state.firstIndependentError = problemAt(info, std::string(text));
  }

private:
  tl::model::InputProblem problemAt(const clang::Diagnostic &info, std::string text) const {
    tl::model::InputProblem problem;
    problem.message = std::move(text);
    problem.loc.file = state.givenPath;
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      auto &sm = info.getSourceManager();
      auto fileLoc = sm.getFileLoc(info.getLocation());
      auto loc = sm.getPresumedLoc(fileLoc);
      const clang::FileID fid = sm.getFileID(fileLoc);
      if (loc.isValid() && forcedInclude(sm, fid)) {
        // Clang's message quotes the file's tokens: never echo a file the sources did not include.
        problem.message = "a file given with -include in the compile command does not parse: '" +
                          std::string(loc.getFilename()) + "'";
      } else if (loc.isValid() && !tl::clangfe::mayQuote(sm, fid, bundledDirs)) {
        // The same for a file the sources include from outside their tree ("/etc/passwd"):
        // named at the #include, never quoted.
        problem.message = "an included file does not parse: '" + std::string(loc.getFilename()) + "'";
        auto at = sm.getPresumedLoc(tl::clangfe::includeInMainFile(sm, fid));
        if (at.isValid()) {
          problem.loc.line = at.getLine();
          problem.loc.column = at.getColumn();
        }
      } else if (loc.isValid()) {
        if (sm.getFileID(fileLoc) != sm.getMainFileID())
          problem.loc.file = loc.getFilename();
        problem.loc.line = loc.getLine();
        problem.loc.column = loc.getColumn();
      }
    }
    return problem;
  }
};

/// Only the first compile command of a file: each file is parsed once.
class FirstCommandDatabase : public clang::tooling::CompilationDatabase {
public:
  explicit FirstCommandDatabase(const clang::tooling::CompilationDatabase &b) : base(b) {}
  std::vector<clang::tooling::CompileCommand> getCompileCommands(llvm::StringRef file) const override {
    auto cmds = base.getCompileCommands(file);
    if (cmds.size() > 1)
      cmds.resize(1);
    return cmds;
  }
  std::vector<std::string> getAllFiles() const override { return base.getAllFiles(); }

private:
  const clang::tooling::CompilationDatabase &base;
};

bool isDir(const std::string &p) { return !p.empty() && llvm::sys::fs::is_directory(p); }

std::string exeDir() {
  llvm::SmallString<256> buf;
  if (llvm::sys::fs::real_path("/proc/self/exe", buf))
    return "";
  return std::string(llvm::sys::path::parent_path(buf));
}

// The bundled headers: beside the installed binary, else in the source tree (a build-tree run),
// else where the package installs them: without /proc (a chroot, a sandbox) the binary cannot
// tell where it is, and the analysis must not lose its headers silently.
std::string stubDir() {
  std::string dir = exeDir();
  if (!dir.empty()) {
    llvm::SmallString<256> installed(dir);
    llvm::sys::path::append(installed, "..", "share", "triggerlint", "include");
    if (isDir(std::string(installed)))
      return std::string(installed);
  }
  for (const char *candidate :
       {TL_STUB_SOURCE_DIR, "/usr/share/triggerlint/include", "/usr/local/share/triggerlint/include"})
    if (isDir(candidate))
      return candidate;
  return TL_STUB_SOURCE_DIR;
}

std::string resourceDir() {
  if (llvm::sys::fs::exists(std::string(TL_CLANG_RESOURCE_DIR) + "/include/stddef.h"))
    return TL_CLANG_RESOURCE_DIR;
  // like `clang -print-resource-dir`: <llvm lib dir>/clang/<version>, any version present
  for (const std::string &lib : {std::string(TL_LLVM_LIBRARY_DIR), exeDir() + "/../lib"}) {
    std::error_code ec;
    for (llvm::sys::fs::directory_iterator it(lib + "/clang", ec), end; !ec && it != end; it.increment(ec))
      if (llvm::sys::fs::exists(it->path() + "/include/stddef.h"))
        return it->path();
  }
  return TL_CLANG_RESOURCE_DIR;
}

/// `-MJ FILE` has the driver itself write FILE. Taken out before Tooling's own adjusters, which
/// drop `-M*` flags but leave FILE behind as one more input file to parse.
clang::tooling::CommandLineArguments dropDriverOutput(const clang::tooling::CommandLineArguments &args,
                                                     llvm::StringRef) {
  clang::tooling::CommandLineArguments out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-MJ")
      ++i;
    else if (!llvm::StringRef(args[i]).startswith("-MJ"))
      out.push_back(args[i]);
  }
  return out;
}

clang::tooling::CommandLineArguments defaults(const clang::tooling::CommandLineArguments &args, llvm::StringRef) {
  bool hasStd = false;
  for (const auto &a : args)
    if (llvm::StringRef(a).startswith("-std=") || llvm::StringRef(a).startswith("/std:"))
      hasStd = true;
  clang::tooling::CommandLineArguments extra;
  if (!hasStd)
    extra.push_back("-std=c++20");
  extra.push_back("-Wno-everything");
  return clang::tooling::getInsertArgumentAdjuster(extra, clang::tooling::ArgumentInsertPosition::END)(args, "");
}

/// One translation unit of a unit: its diagnostics, notes and AST (declared in this order so
/// that the AST, whose diagnostics engine reports to `diags`, goes first).
struct ParsedFile {
  FileState state;
  std::vector<tl::clangfe::DependencyFile> preambleDeps; // what its compiled preamble read
  std::optional<tl::model::InputProblem> commandProblem;
  std::unique_ptr<RecordingConsumer> diags;
  std::unique_ptr<clang::ASTUnit> ast;
};

std::unique_ptr<ParsedFile> parseFile(const std::string &path, const clang::tooling::CompilationDatabase &db,
                                      const clang::tooling::CommandLineArguments &extra, const std::string &stubs,
                                      const std::string &resources, tl::clangfe::PreambleCache *preambles) {
  auto parsed = std::make_unique<ParsedFile>();
  FileState &state = parsed->state;
  state.givenPath = path;
  // Tooling changes into the command's directory and aborts the process when it cannot.
  auto commands = db.getCompileCommands(path);
  if (!commands.empty() && !isDir(commands.front().Directory)) {
    parsed->commandProblem = tl::model::InputProblem{
        tl::Location{path, 0, 0},
        "the directory of the file's compile command does not exist: '" + commands.front().Directory + "'", false};
    return parsed;
  }
  clang::tooling::ClangTool tool(db, {path});
  tool.setPrintErrorMessage(false);
  tool.clearArgumentsAdjusters();
  tool.appendArgumentsAdjuster(dropDriverOutput);
  tool.appendArgumentsAdjuster(clang::tooling::getClangStripOutputAdjuster());
  tool.appendArgumentsAdjuster(clang::tooling::getClangSyntaxOnlyAdjuster());
  tool.appendArgumentsAdjuster(clang::tooling::getClangStripDependencyFileAdjuster());
  tool.appendArgumentsAdjuster(defaults);
  if (!extra.empty())
    tool.appendArgumentsAdjuster(
        clang::tooling::getInsertArgumentAdjuster(extra, clang::tooling::ArgumentInsertPosition::END));
  tool.appendArgumentsAdjuster([&state](const clang::tooling::CommandLineArguments &args, llvm::StringRef) {
    std::vector<std::string> dropped;
    auto kept = tl::clangfe::dropCodeLoadingFlags(args, dropped);
    for (const auto &flag : dropped)
      state.note(tl::clangfe::droppedFlagNote(flag));
    std::vector<std::string> responseFiles;
    kept = tl::clangfe::dropResponseFiles(kept, responseFiles);
    for (const auto &arg : responseFiles)
      state.note(tl::clangfe::droppedResponseFileNote(arg));
    return kept;
  });
  tool.appendArgumentsAdjuster(clang::tooling::getInsertArgumentAdjuster(
      {"-idirafter", stubs, "-resource-dir", resources}, clang::tooling::ArgumentInsertPosition::END));
  parsed->diags = std::make_unique<RecordingConsumer>(state, std::vector<std::string>{stubs, resources});
  tool.setDiagnosticConsumer(parsed->diags.get());
  // The command line is parsed, nothing has run yet: the last point where every output path and
  // plugin of every spelling can be taken out.
  tl::clangfe::KeepAstAction action([&state](clang::CompilerInvocation &invocation) {
    for (const auto &n : tl::clangfe::makeOutputFree(invocation))
      state.note(n);
  });
  if (preambles)
    action.usePreambles(
        preambles, [&state] { return state.diagnosticState(); },
        [&state](const nlohmann::json &recorded) {
          try {
            state.replay(recorded);
          } catch (const nlohmann::json::exception &) {
            // The manifest's checksum covers the PCH, not this: a damaged record replays nothing.
          }
        });
  tool.run(&action);
  parsed->ast = action.take();
  parsed->preambleDeps = action.preambleDeps();
  state.analysed = parsed->ast != nullptr;
  return parsed;
}

/// `--units=N,M,...` as sizes adding up to `files`; one file per unit without it.
std::optional<std::vector<size_t>> unitSizes(llvm::StringRef spec, size_t files) {
  std::vector<size_t> sizes;
  if (spec.empty()) {
    sizes.assign(files, 1);
    return sizes;
  }
  size_t total = 0;
  llvm::SmallVector<llvm::StringRef, 16> parts;
  spec.split(parts, ',');
  for (auto part : parts) {
    size_t n = 0;
    if (part.getAsInteger(10, n) || n == 0 || n > files)
      return std::nullopt;
    total += n;
    sizes.push_back(n);
  }
  if (total != files)
    return std::nullopt;
  return sizes;
}

} // namespace

/// CommonOptionsParser ignores `-p` when `--` is present (the flags then form a fixed database).
/// With both, keep the database and add the flags after `--` to each of its commands, as
/// triggerlint's `-p DIR ... -- FLAGS` asks for.
struct SplitArgs {
  std::vector<const char *> argv;
  clang::tooling::CommandLineArguments extra;
  bool fixedFlags = false; // `--` without -p: the flags are the database
  std::string buildDir;    // -p's value
};

SplitArgs splitExtraFlags(int argc, const char **argv) {
  SplitArgs out;
  bool hasBuildDir = false;
  int dashes = argc;
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef a(argv[i]);
    if (a == "--") {
      dashes = i;
      break;
    }
    hasBuildDir |= a == "-p" || a.startswith("-p=") || a == "--p" || a.startswith("--p=");
    if ((a == "-p" || a == "--p") && i + 1 < argc)
      out.buildDir = argv[i + 1];
    else if (a.consume_front("-p=") || a.consume_front("--p="))
      out.buildDir = a.str();
  }
  out.fixedFlags = !hasBuildDir && dashes < argc;
  const int keep = hasBuildDir ? dashes : argc;
  out.argv.assign(argv, argv + keep);
  for (int i = keep + 1; i < argc; ++i)
    out.extra.push_back(argv[i]);
  return out;
}

int main(int argc, const char **argv) {
  SplitArgs split = splitExtraFlags(argc, argv);
  int splitArgc = static_cast<int>(split.argv.size());
  auto options =
      clang::tooling::CommonOptionsParser::create(splitArgc, split.argv.data(), Category, llvm::cl::ZeroOrMore);
  if (!options) {
    llvm::errs() << llvm::toString(options.takeError()) << "\n";
    return 2;
  }
  const std::string stubs = stubDir();
  const std::string resources = resourceDir();
  // CommonOptionsParser's database expands response files when asked for a command: the same
  // database is loaded again without that step. Flags after `--` alone are never expanded.
  std::unique_ptr<clang::tooling::CompilationDatabase> unexpanded;
  if (!split.fixedFlags && !options->getSourcePathList().empty())
    unexpanded = tl::clangfe::loadUnexpandedDatabase(split.buildDir, options->getSourcePathList().front());
  FirstCommandDatabase db(unexpanded ? *unexpanded : options->getCompilations());
  const auto &paths = options->getSourcePathList();
  auto units = unitSizes(UnitSizes, paths.size());
  if (!units) {
    llvm::errs() << "triggerlint-clang: --units must be sizes (N,M,...) adding up to the number of files\n";
    return 2;
  }
  std::optional<tl::clangfe::PreambleCache> preambles;
  if (!PreambleDir.empty())
    preambles.emplace(PreambleDir);
  nlohmann::json files = nlohmann::json::array();
  size_t first = 0;
  for (size_t size : *units) {
    // A function's translation units are alive together for the cross-TU join, then freed.
    std::vector<std::unique_ptr<ParsedFile>> parsed;
    std::vector<tl::clangfe::UnitSource> sources;
    for (size_t i = first; i < first + size; ++i) {
      parsed.push_back(parseFile(paths[i], db, split.extra, stubs, resources, preambles ? &*preambles : nullptr));
      const FileState &state = parsed.back()->state;
      sources.push_back({state.givenPath, parsed.back()->ast.get(), state.missingHeader, state.degradedReason});
    }
    first += size;
    auto handlers = tl::clangfe::analyzeUnit(sources);
    for (size_t i = 0; i < parsed.size(); ++i) {
      FileState &state = parsed[i]->state;
      tl::model::HandlerFile out;
      out.file = state.givenPath;
      out.handlers = std::move(handlers[i]);
      if (parsed[i]->commandProblem)
        out.problems.push_back(*parsed[i]->commandProblem);
      else if (state.problem())
        out.problems.push_back(*state.problem());
      else if (!state.analysed)
        out.problems.push_back({tl::Location{state.givenPath, 0, 0}, "the file could not be parsed", false});
      out.notes = std::move(state.notes);
      nlohmann::json entry = tl::model::toJson(out);
      if (parsed[i]->ast) {
        nlohmann::json deps = nlohmann::json::array();
        for (const auto &dep :
             tl::clangfe::mergeDependencies(tl::clangfe::dependencyFiles(*parsed[i]->ast), parsed[i]->preambleDeps))
          deps.push_back({dep.path, dep.sha256});
        entry["deps"] = std::move(deps);
      }
      files.push_back(std::move(entry));
    }
  }
  std::cout << tl::model::dumpJson(nlohmann::json{{"files", files}}) << "\n";
  return 0;
}
