// triggerlint: lints Cognito user pool Lambda triggers in CloudFormation/SAM templates.
// Exit status (DESIGN.md §4): 0 nothing at or above --fail-on, 1 findings at or above it,
// 2 usage error or an input that could not be read at all. Findings a --baseline accepts do not
// count; with --write-baseline none do (writing the baseline accepts them).
#include "collect_command.h"
#include "component_model.h"
#include "config/config_file.h"
#include "cpp/clang_frontend_runner.h"
#include "cpp/facts_cache.h"
#include "cpp/frontend_locator.h"
#include "cpp/handler_linking.h"
#include "cpp/handler_units.h"
#include "cpp/model_dump.h"
#include "engine/baseline.h"
#include "engine/engine.h"
#include "engine/rule_docs.h"
#include "environment_settings.h"
#include "huge_page_heap.h"
#include "input/cpp_screening.h"
#include "input/discovery.h"
#include "input/input_identity.h"
#include "input_components.h"
#include "join_keys.h"
#include "output/replace_file.h"
#include "process/termination_signals.h"
#include "report/audit_summary.h"
#include "report/json_reporter.h"
#include "report/machine_reporters.h"
#include "report/rule_list.h"
#include "report/text_reporter.h"
#include "report_outputs.h"
#include "repository_root.h"
#include "source/printable_text.h"
#include "source/text_list.h"
#include "staged_context.h"
#include "version.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace {

// argv[0], for finding the Clang frontend where /proc is not mounted.
const char *programPath = "";

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

struct Options {
  std::vector<std::string> paths;
  std::string format;               // "" = not given: text on stdout unless an --output takes it
  std::vector<std::string> outputs; // --output FORMAT=FILE
  std::string color = "auto";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string failOn; // "" = from the config file, else error
  std::string configPath;
  bool noConfig = false;
  std::string explain;
  bool listRules = false;
  bool version = false;
  bool quiet = false;
  bool verbose = false;               // -v: also say which files of walked directories were skipped, and why
  unsigned jobs = 0;                  // 0 = one per core
  std::string buildDir;               // -p
  std::vector<std::string> extraArgs; // after `--`: compiler flags for the C++ frontend
  bool dumpModel = false;
  std::string baseline;      // "" = from the config file
  std::string writeBaseline; // "" = none
  bool ignoreSuppressions = false;
  bool noBaseline = false;
  std::string cacheDir; // "" = from the config file, else the default
  bool noCache = false;
};

// "path:line:col: " of a rule entry the config file wrote, "" for one from the command line.
std::string configPlace(const tl::config::ConfigFile &config, const std::string &entry) {
  auto it = config.ruleLocs.find(entry);
  if (it == config.ruleLocs.end())
    return "";
  return tl::printable(it->second.file) + ":" + std::to_string(it->second.line) + ":" +
         std::to_string(it->second.column) + ": ";
}

bool setInEnvironment(const char *name) {
  const char *value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// --color always/never wins; then NO_COLOR (no-color.org), then FORCE_COLOR (force-color.org),
// then whether standard output is a terminal.
bool colorWanted(const std::string &color) {
  if (color != "auto")
    return color == "always";
  if (setInEnvironment("NO_COLOR"))
    return false;
  if (setInEnvironment("FORCE_COLOR"))
    return true;
  return isatty(STDOUT_FILENO);
}

int countAtLeast(const std::vector<tl::Finding> &findings, tl::Severity level) {
  int n = 0;
  for (const auto &f : findings)
    n += f.severity >= level;
  return n;
}

void printSummary(const std::vector<tl::Finding> &findings, size_t loaded, size_t handlerFiles, size_t cachedFiles,
                  size_t skipped, const std::optional<tl::BaselineOutcome> &baselined) {
  int errors = 0, warnings = 0, notes = 0;
  for (const auto &f : findings) {
    errors += f.severity == tl::Severity::Error;
    warnings += f.severity == tl::Severity::Warning;
    notes += f.severity == tl::Severity::Note;
  }
  std::cerr << "triggerlint: " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings");
  if (notes)
    std::cerr << ", " << notes << (notes == 1 ? " note" : " notes");
  std::cerr << " in " << loaded << (loaded == 1 ? " file" : " files");
  std::vector<std::string> details;
  if (handlerFiles)
    details.push_back(std::to_string(handlerFiles) + (handlerFiles == 1 ? " C++ handler file" : " C++ handler files") +
                      (cachedFiles ? ", " + std::to_string(cachedFiles) + " of them from the facts cache" : ""));
  if (skipped)
    details.push_back(std::to_string(skipped) + " skipped");
  // With a baseline, always say how much it hid: a clean summary must not look like a clean project.
  if (baselined)
    details.push_back(std::to_string(baselined->hidden) + " in the baseline not shown");
  if (baselined && baselined->gone)
    details.push_back(std::to_string(baselined->gone) +
                      (baselined->gone == 1 ? " baseline entry no longer found" : " baseline entries no longer found"));
  for (size_t i = 0; i < details.size(); ++i)
    std::cerr << (i ? ", " : " (") << details[i] << (i + 1 == details.size() ? ")" : "");
  std::cerr << "\n";
}

// The severity at which a finding fails the run; nullopt for `--fail-on none`.
std::optional<tl::Severity> failLevel(const std::string &failOn) {
  tl::Severity level;
  if (failOn == "none" || !tl::parseSeverity(failOn, level))
    return std::nullopt;
  return level;
}

int exitStatus(bool unreadable, const std::vector<tl::Finding> &findings, const std::string &failOn) {
  if (unreadable)
    return kExitUsage;
  const std::optional<tl::Severity> level = failLevel(failOn);
  return level && countAtLeast(findings, *level) > 0 ? kExitFindings : kExitClean;
}

// SARIF URIs are relative to the repository (the git top level above the current directory),
// so code scanning places them right from whatever directory the run started in.
std::string sarifRoot() {
  const std::string cwd = std::filesystem::current_path().string();
  std::string top = tl::gitTopLevel(cwd);
  return top.empty() ? cwd : top;
}

// Writing a baseline accepts every finding in it, so they do not fail the run. A run that could not
// read an input writes none: that input's accepted findings would be missing from it.
int writeNewBaseline(const tl::Baseline &baseline, int status, bool quiet) {
  if (status == kExitUsage) {
    std::cerr << "triggerlint: " << tl::printable(baseline.path)
              << ": baseline not written: an input could not be read\n";
    return kExitUsage;
  }
  if (std::string error = tl::writeBaseline(baseline); !error.empty()) {
    std::cerr << "triggerlint: " << tl::printable(error) << "\n";
    return kExitUsage;
  }
  if (!quiet)
    std::cerr << "triggerlint: wrote " << baseline.entries.size()
              << (baseline.entries.size() == 1 ? " finding to " : " findings to ") << tl::printable(baseline.path)
              << "\n";
  return kExitClean;
}

// `--select a,b --select c` is the list a, b, c.
std::vector<std::string> splitCommas(const std::vector<std::string> &values) {
  std::vector<std::string> out;
  for (const auto &value : values)
    for (auto &item : tl::splitList(value))
      out.push_back(std::move(item));
  return out;
}

// Command-line lists win over the config file's: --select replaces, --ignore adds.
tl::RuleSelection selectionFrom(const Options &opt, const tl::config::ConfigFile &config) {
  tl::RuleSelection s;
  std::vector<std::string> select = splitCommas(opt.select);
  std::vector<std::string> ignore = splitCommas(opt.ignore);
  s.select = select.empty() ? config.select : select;
  s.ignore = config.ignore;
  s.ignore.insert(s.ignore.end(), ignore.begin(), ignore.end());
  s.honourSuppressions = !opt.ignoreSuppressions;
  return s;
}

int lint(int argc, char **argv) {
  Options opt;
  // Everything after the first `--` is compiler flags for the C++ frontend (like clang-tidy);
  // it is split off before CLI11 sees it, which would otherwise take it as more paths.
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) {
      opt.extraArgs.assign(argv + i + 1, argv + argc);
      argc = i;
      break;
    }
  }
  CLI::App app{"triggerlint: static analysis of Amazon Cognito user pool Lambda triggers", "triggerlint"};
  app.add_option("paths", opt.paths, "Files and directories to lint (default: the current directory)");
  app.add_option("--format,-f", opt.format, "Format of the report on standard output (default: text)")
      ->check(CLI::IsMember(tl::reportFormats()));
  app.add_option("--output,-o", opt.outputs,
                 "Also write a report in FORMAT to FILE ('-': standard output); repeatable, e.g. "
                 "--output sarif=triggerlint.sarif --output github=-")
      ->type_name("FORMAT=FILE")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", opt.color, "Colour text output: auto (a terminal, unless NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("--select", opt.select, "Run only these rules (ids, names or id prefixes such as TL1)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", opt.ignore, "Do not run these rules (ids, names or id prefixes)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--fail-on", opt.failOn, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}));
  app.add_option("--config", opt.configPath, "Config file (default: .triggerlint.yaml here or in a parent directory)");
  app.add_flag("--no-config", opt.noConfig, "Do not read any config file");
  app.add_flag("--list-rules", opt.listRules, "List the rules and exit");
  app.add_option("--explain", opt.explain, "Print the documentation of a rule (id or name) and exit");
  app.add_flag("--version", opt.version, "Print the version and exit");
  app.add_flag("-q,--quiet", opt.quiet, "Print findings only: no summary, no skipped-file messages");
  app.add_flag("-v,--verbose", opt.verbose, "Also say which files of walked directories were skipped, and why");
  app.add_option("-j,--jobs", opt.jobs, "C++ frontend processes at once (default: one per core)")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("-p,--build-dir", opt.buildDir,
                 "Directory of compile_commands.json for C++ handlers (default: config compile-commands)");
  app.add_option("--baseline", opt.baseline,
                 "Do not report the findings this baseline file accepts (default: config baseline)");
  app.add_option("--write-baseline", opt.writeBaseline,
                 "Write this run's findings into a baseline file; they do not make the exit status 1");
  app.add_flag("--no-baseline", opt.noBaseline, "Ignore --baseline and the config file's baseline");
  app.add_option("--cache-dir", opt.cacheDir,
                 "Directory of the handler facts cache (default: config cache-dir, else $XDG_CACHE_HOME/triggerlint)");
  app.add_flag("--no-cache", opt.noCache, "Parse every C++ handler again; do not read or write the facts cache");
  app.add_flag("--ignore-suppressions", opt.ignoreSuppressions,
               "Report what `triggerlint: ignore[...]` comments and Metadata suppress (audits)");
  app.add_flag("--dump-model", opt.dumpModel,
               "Debugging aid: print the C++ handlers and the triggers they are linked to as JSON, and exit");
  app.footer("Arguments after -- are passed to the C++ frontend as compiler flags, e.g. -- -DPROD -Iinclude\n"
             "Deployed pools: `triggerlint collect --help` writes AWS CLI dumps of them to lint.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp &e) {
    return app.exit(e);
  } catch (const CLI::ParseError &e) {
    app.exit(e);
    return kExitUsage;
  }

  if (opt.version) {
    std::cout << "triggerlint " << TRIGGERLINT_VERSION << "\n";
    return kExitClean;
  }
  if (opt.listRules) {
    if (!opt.format.empty() && opt.format != "text" && opt.format != "json") {
      std::cerr << "triggerlint: --list-rules prints text or json\n";
      return kExitUsage;
    }
    if (opt.format == "json")
      tl::report::writeRuleListJson(std::cout);
    else
      tl::report::writeRuleListText(std::cout);
    return kExitClean;
  }
  if (!opt.explain.empty()) {
    const tl::Rule *rule = tl::findRule(opt.explain);
    if (!rule) {
      std::cerr << "triggerlint: no rule named '" << tl::printable(opt.explain) << "' (see --list-rules)\n";
      return kExitUsage;
    }
    std::cout << tl::ruleMarkdown(rule->info);
    return kExitClean;
  }

  tl::config::ConfigFile config;
  if (!opt.noConfig) {
    std::optional<std::string> path =
        opt.configPath.empty() ? tl::config::findConfigFile(".") : std::optional<std::string>(opt.configPath);
    if (path) {
      auto read = tl::config::readConfigFile(*path);
      if (!read.error.empty()) {
        std::cerr << "triggerlint: " << tl::printable(read.error) << "\n";
        return kExitUsage;
      }
      config = std::move(read.config);
    }
  }
  tl::RuleSelection selection = selectionFrom(opt, config);
  if (std::string bad = selection.firstUnknown(); !bad.empty()) {
    std::cerr << "triggerlint: " << configPlace(config, bad) << "'" << tl::printable(bad)
              << "' names no rule (see --list-rules)\n";
    return kExitUsage;
  }
  for (const auto &[rule, severity] : config.severity) {
    const tl::Rule *r = tl::findRule(rule);
    if (!r) {
      std::cerr << "triggerlint: " << configPlace(config, rule) << "severity: '" << tl::printable(rule)
                << "' names no rule (see --list-rules)\n";
      return kExitUsage;
    }
    selection.severity[std::string(r->info.id)] = severity;
  }
  if (opt.failOn.empty())
    opt.failOn = config.failOn.value_or("error");
  std::optional<tl::Baseline> baseline;
  if (std::string path = opt.baseline.empty() ? config.baseline.value_or("") : opt.baseline;
      !path.empty() && !opt.noBaseline) {
    auto read = tl::readBaseline(path);
    if (!read.error.empty()) {
      std::cerr << "triggerlint: " << tl::printable(read.error) << "\n";
      return kExitUsage;
    }
    baseline = std::move(read.baseline);
  }
  const tl::ReportOutputs reports =
      tl::planOutputs(opt.format.empty() ? std::nullopt : std::optional(opt.format), opt.outputs);
  if (!reports.error.empty()) {
    std::cerr << "triggerlint: " << reports.error << "\n";
    return kExitUsage;
  }
  const bool textOnStdout = !reports.machineOnStdout();
  // As clang-tidy does: a compile database named with -p that is not there is a usage error, not
  // a run that quietly parses every handler without its flags. A config's `compile-commands:`
  // names a build directory that a fresh checkout has not made yet (a hook runs before any
  // build): its compile_commands.json is an input like any other, reported when unreadable.
  if (!opt.buildDir.empty() && !std::filesystem::is_directory(opt.buildDir)) {
    std::cerr << "triggerlint: -p: '" << tl::printable(opt.buildDir) << "' is not a directory\n";
    return kExitUsage;
  }
  if (opt.paths.empty())
    opt.paths.push_back(".");

  // Read before the inputs, so that a bad value is reported whether or not a C++ source needs it.
  const size_t budget = tl::memoryBudget(std::cerr);
  const std::chrono::milliseconds timeout = tl::frontendTimeout(std::cerr);
  preferHugePagesForHeap();
  // Pass 1 reads every file on its own and groups the files that join into components; pass 2
  // lints one component at a time, so memory is bounded by the largest component (issue 8).
  std::vector<tl::RunInput> runInputs;
  tl::ComponentBuilder componentBuilder;
  tl::FragmentStore fragments(budget);
  bool unreadable = false;
  size_t loaded = 0, skipped = 0;
  std::vector<tl::cpp::CppSource> cppSources;
  tl::BaselineScope baselineScope{&selection, {}};
  // What this run reads, so that --write-baseline cannot replace it (DESIGN §6: inputs are never
  // written). Files a directory walk skipped as not ours are no input: a baseline kept in the
  // linted directory is one of them, and rewriting it is how a baseline is refreshed.
  tl::input::InputIdentities inputs(opt.writeBaseline);
  if (!config.path.empty())
    inputs.add(config.path);
  // A deque: run inputs point into it, and a named template adds its handlers while it is walked.
  std::deque<tl::input::InputFile> discovered;
  std::vector<tl::input::SkippedFile> walkSkipped; // files of walked directories that are not ours (-v)
  for (auto &file : tl::input::discoverInputs(opt.paths, opt.verbose ? &walkSkipped : nullptr))
    discovered.push_back(std::move(file));
  for (const auto &skip : walkSkipped)
    std::cerr << "triggerlint: skipped " << tl::printable(skip.path) << ": " << skip.reason << "\n";
  // Named files bring their wiring (staged_context.h); a named header is no input of its own.
  tl::StagedContext staged = tl::stagedContext({discovered.begin(), discovered.end()}, config);
  std::erase_if(discovered, [](const tl::input::InputFile &f) { return f.named && tl::input::isCppHeader(f.path); });
  for (const auto &file : staged.files)
    discovered.push_back({file, false, {}});
  struct LastRead {
    size_t index;
    tl::model::Model fragment;
    tl::FileStamp stamp;
  };
  std::optional<LastRead> last;
  for (size_t d = 0; d < discovered.size(); ++d) {
    const tl::input::InputFile &file = discovered[d];
    if (tl::config::isExcluded(config, file.path))
      continue;
    if (baseline) // only a baseline reads it: a run without one holds no second list of paths
      baselineScope.files.push_back(file.path);
    const bool cpp = file.walkProblem.empty() && tl::input::isCppSource(file.path);
    const bool mapped = cpp && !tl::config::handlerMappingsFor(config, file.path).empty();
    const size_t index = runInputs.size();
    runInputs.push_back({&file, cpp, mapped, {}});
    tl::RunInput &input = runInputs.back();
    const tl::FileStamp stamp = tl::stampOf(file.path); // before reading: a change while it is read shows
    if (!cpp && stamp.size > 0)
      reserveHugePagesFor(static_cast<size_t>(stamp.size));
    tl::model::Model fragment;
    bool plainCpp = false;
    auto outcome = tl::readRunInput(input, fragment, &plainCpp);
    const bool cppUnit = cpp && (outcome.kind == tl::input::LoadOutcome::Kind::Loaded || plainCpp);
    if (cppUnit)
      cppSources.push_back({input.file->path, outcome.kind == tl::input::LoadOutcome::Kind::Loaded});
    if (input.file->named || outcome.kind != tl::input::LoadOutcome::Kind::Skipped)
      inputs.add(input.file->path);
    if (outcome.kind == tl::input::LoadOutcome::Kind::Skipped) {
      ++skipped;
      if ((input.file->named && !opt.quiet) || opt.verbose)
        std::cerr << "triggerlint: skipped " << tl::printable(input.file->path) << ": " << outcome.reason << "\n";
    } else {
      ++loaded;
    }
    for (const auto &p : fragment.problems)
      unreadable |= p.unreadable;
    if (file.named && !cpp && outcome.kind == tl::input::LoadOutcome::Kind::Loaded)
      for (auto &source : staged.addWiredSources(fragment, config))
        discovered.push_back({std::move(source), false, {}});
    componentBuilder.add(index, tl::joinKeysOf(fragment, cppUnit));
    // The previous file's model goes to the budget only now: the last one is kept whatever its size.
    if (last && !fragments.keep(last->index, std::move(last->fragment)))
      runInputs[last->index].stamp = last->stamp;
    last.emplace(LastRead{index, std::move(fragment), stamp});
  }
  if (last)
    fragments.keepPastBudget(last->index, std::move(last->fragment));
  const tl::InputComponents components = componentBuilder.finish();

  const std::string buildDir = !opt.buildDir.empty() ? opt.buildDir : config.compileCommands.value_or("");
  if (!buildDir.empty())
    inputs.add((std::filesystem::path(buildDir) / "compile_commands.json").string());
  tl::cpp::FrontendOptions frontend;
  frontend.executable = tl::cpp::findFrontend(programPath);
  frontend.buildDir = buildDir;
  frontend.extraArgs = opt.extraArgs;
  frontend.jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  frontend.timeout = timeout;
  const tl::cpp::FactsCacheSettings cacheSettings =
      tl::cpp::factsCacheSettings(opt.noCache, opt.cacheDir, config.cacheDir);
  tl::cpp::FactsCache factsCache(cacheSettings, frontend);
  // Progress is for a person watching: never in machine formats, never into a file or a pipe.
  tl::cpp::ProgressReport progress;
  if (textOnStdout && !opt.quiet && isatty(STDERR_FILENO))
    progress = [](size_t done, size_t total) {
      std::cerr << "\rtriggerlint: parsing C++ handlers " << done << "/" << total << (done == total ? "\r\x1b[K" : "")
                << std::flush;
    };
  std::vector<tl::Finding> findings;
  // What suppressions and the baseline hid: SARIF keeps them, no other report does.
  std::vector<tl::SilencedFinding> silenced;
  std::vector<tl::SilencedFinding> *const silencedSink = reports.wants("sarif") ? &silenced : nullptr;
  tl::model::Model auditModel; // the component with dumped pools, for the audit table
  size_t handlerFiles = 0;
  const tl::config::ConfigFile noHandlers;
  for (size_t c = 0; c < components.size(); ++c) {
    const tl::InputComponent component = components[c];
    tl::model::Model model = tl::componentModel(component, runInputs, fragments);
    // A plain source is parsed when its function's code holds a handler (a helper .cpp).
    std::vector<std::vector<std::string>> handlerUnits;
    if (component.anchor) {
      std::set<std::string> candidates;
      for (const auto &s : cppSources)
        if (s.candidate)
          candidates.insert(s.path);
      for (auto &unit : tl::cpp::groupHandlerUnits(cppSources, tl::cpp::unitHintsFor(model, config, opt.paths))) {
        for (const auto &f : unit.files)
          if (!candidates.count(f)) {
            tl::input::addCppSuppressions(f, model);
            inputs.add(f);
            --skipped;
            ++loaded;
          }
        handlerFiles += unit.files.size();
        handlerUnits.push_back(std::move(unit.files));
      }
    }
    // The component with handlers comes first, so every input is known here.
    if (c == 0 && !opt.writeBaseline.empty()) {
      if (const std::string &input = inputs.found(); !input.empty()) {
        std::cerr << "triggerlint: --write-baseline " << tl::printable(opt.writeBaseline)
                  << ": refusing to write over " << tl::printable(input)
                  << ", which this run reads as input; choose another file\n";
        return kExitUsage;
      }
    }
    if (!handlerUnits.empty()) {
      // Compiled preambles live beside the facts (issue 10), when that directory can be made; a
      // run without C++ creates nothing.
      if (std::error_code ec; !cacheSettings.dir.empty() && frontend.preambleCacheDir.empty()) {
        const std::filesystem::path preambles = std::filesystem::path(cacheSettings.dir) / "preamble";
        if (std::filesystem::create_directories(preambles, ec), !ec)
          frontend.preambleCacheDir = preambles.string();
      }
      for (const auto &note : tl::cpp::runFrontend(handlerUnits, frontend, model, &factsCache, progress))
        if (!opt.quiet)
          std::cerr << "triggerlint: note: " << tl::printable(note.file) << ": " << tl::printable(note.message)
                    << "\n";
    }
    // The config's `handlers:` entries are linked, and judged, once.
    tl::cpp::linkHandlers(model, c == 0 ? config : noHandlers);
    if (opt.dumpModel) { // the handlers are all in the first component
      tl::cpp::dumpHandlers(std::cout, model);
      std::cout.flush();
      std::exit(kExitClean);
    }
    std::vector<tl::Finding> part = tl::runRules(model, selection, silencedSink);
    findings.insert(findings.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    if (component.anchor) // every dump is in it
      auditModel = std::move(model);
  }
  std::erase_if(findings, [&](const tl::Finding &f) { return !staged.reports(f); });
  std::erase_if(silenced, [&](const tl::SilencedFinding &s) { return !staged.reports(s.finding); });
  tl::orderFindings(findings);

  std::optional<tl::Baseline> newBaseline; // every finding, before the old baseline hides some
  if (!opt.writeBaseline.empty())
    newBaseline = tl::baselineFor(opt.writeBaseline, findings);
  std::optional<tl::BaselineOutcome> baselined;
  if (baseline)
    baselined = tl::applyBaseline(findings, *baseline, baselineScope, silencedSink);
  tl::report::SarifRun sarifRun{sarifRoot(), &silenced};
  bool outputFailed = false;
  for (const tl::ReportOutput &report : reports.outputs) {
    const bool color = report.toStdout() && colorWanted(opt.color);
    auto write = [&](std::ostream &out) {
      if (report.format == "json") {
        tl::report::writeJson(out, findings);
      } else if (report.format == "sarif") {
        tl::report::writeSarif(out, findings, sarifRun);
      } else if (report.format == "junit") {
        tl::report::writeJunit(out, findings, failLevel(opt.failOn));
      } else if (report.format == "github") {
        tl::report::writeGithub(out, findings);
      } else {
        tl::report::writeText(out, findings, {color, color});
        if (!opt.quiet)
          tl::report::writeAuditSummary(out, auditModel, findings);
      }
    };
    if (report.toStdout()) {
      write(std::cout);
      continue;
    }
    std::ostringstream text;
    write(text);
    if (std::string error = tl::replaceFile(report.path, text.str()); !error.empty()) {
      std::cerr << "triggerlint: " << tl::printable(report.path) << ": cannot write " << report.format
                << " report: " << error << "\n";
      outputFailed = true;
    }
  }
  std::cout.flush();
  if (!opt.quiet && textOnStdout)
    printSummary(findings, loaded, handlerFiles, factsCache.filesHit(), skipped, baselined);

  // Everything is printed: exit without tearing the audit model down, which on a large dump costs
  // as much as building it did.
  std::cout.flush();
  int status = outputFailed ? kExitUsage : exitStatus(unreadable, findings, opt.failOn);
  if (newBaseline)
    status = writeNewBaseline(*newBaseline, status, opt.quiet);
  std::exit(status);
}

} // namespace

int main(int argc, char **argv) {
  tl::process::installTerminationHandlers();
  if (argc > 0 && argv[0])
    programPath = argv[0];
  try {
    if (argc > 1 && std::strcmp(argv[1], "collect") == 0)
      return runCollect(argc - 1, argv + 1);
    return lint(argc, argv);
  } catch (const std::bad_alloc &) {
    // Past the per-file guard (joining, rules, reporting): say so instead of aborting silently.
    // write(2) needs no memory.
    static const char message[] = "triggerlint: out of memory; the run stopped and its report is incomplete\n";
    [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, message, sizeof message - 1);
    return kExitUsage;
  }
}
