#include "cpp/clang_frontend_runner.h"

#include "cpp/facts_cache.h"
#include "cpp/frontend_file_names.h"
#include "model/handler_json.h"
#include "process/process_runner.h"

#include "source/path_containment.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <set>
#include <thread>

namespace tl::cpp {
namespace {

namespace fs = std::filesystem;
using process::ProcessResult;

std::string failureMessage(const ProcessResult &r, const FrontendOptions &options) {
  if (!r.started)
    return "the C++ frontend '" + options.executable + "' could not be started (" + r.error +
           "); C++ handlers were not analysed";
  if (r.outputTooLarge)
    return "the C++ frontend printed more output than triggerlint accepts on this batch of files";
  if (!r.exited)
    return "the C++ frontend crashed on this batch of files (signal " + std::to_string(r.signal) + ")";
  return "the C++ frontend crashed on this batch of files (exit status " + std::to_string(r.exitCode) + ")";
}

} // namespace

std::vector<Batch> makeBatches(const std::vector<std::vector<std::string>> &units, unsigned jobs, size_t maxBatch) {
  std::vector<Batch> batches;
  size_t files = 0;
  for (const auto &u : units)
    files += u.size();
  if (files == 0)
    return batches;
  size_t perBatch = (files + std::max(jobs, 1u) - 1) / std::max(jobs, 1u);
  perBatch = std::clamp<size_t>(perBatch, 1, std::max<size_t>(maxBatch, 1));
  for (const auto &u : units) {
    if (u.empty())
      continue;
    if (batches.empty() || batches.back().files.size() + u.size() > perBatch)
      batches.emplace_back();
    batches.back().files.insert(batches.back().files.end(), u.begin(), u.end());
    batches.back().unitSizes.push_back(u.size());
  }
  return batches;
}

std::chrono::milliseconds batchTimeout(const FrontendOptions &options, const Batch &batch) {
  size_t per = std::max<size_t>(options.maxBatch, 1);
  size_t shares = std::max<size_t>((batch.files.size() + per - 1) / per, 1);
  return options.timeout * static_cast<long long>(shares);
}

std::string timeoutMessage(const FrontendOptions &options, const Batch &batch, const std::string &file) {
  // The unit holding `file`: unitSizes cut batch.files into units, in order.
  auto begin = batch.files.begin(), end = batch.files.end();
  for (size_t at = 0; size_t n : batch.unitSizes) {
    auto first = batch.files.begin() + static_cast<std::ptrdiff_t>(std::min(at, batch.files.size()));
    auto last = batch.files.begin() + static_cast<std::ptrdiff_t>(std::min(at + n, batch.files.size()));
    if (std::find(first, last, file) != last) {
      begin = first;
      end = last;
      break;
    }
    at += n;
  }
  std::vector<std::string> unit(begin, end);
  // The unit's directory: the deepest one holding all its files.
  std::string directory = unit.empty() ? "" : fs::path(unit.front()).parent_path().string();
  for (const auto &f : unit)
    while (!directory.empty() && !isInsideDirectory(f, directory)) {
      std::string parent = fs::path(directory).parent_path().string();
      directory = parent == directory ? "" : parent;
    }
  constexpr size_t kNamed = 8; // a unit of hundreds of files is named by its first few
  std::string files;
  for (size_t i = 0; i < unit.size() && i < kNamed; ++i)
    files += (i ? ", " : "") + unit[i];
  if (unit.size() > kNamed)
    files += " and " + std::to_string(unit.size() - kNamed) + " more";
  auto seconds = [](std::chrono::milliseconds ms) { return std::to_string((ms.count() + 999) / 1000) + " s"; };
  std::string message = "the C++ frontend did not finish within " + seconds(batchTimeout(options, batch)) + " (" +
                        seconds(options.timeout) + " per " + std::to_string(std::max<size_t>(options.maxBatch, 1)) +
                        " files) on the function unit " + (directory.empty() ? "." : directory) + " (" +
                        std::to_string(unit.size()) + (unit.size() == 1 ? " file: " : " files: ") + files + ")";
  if (size_t others = batch.files.size() - unit.size())
    message += " and the " + std::to_string(others) + (others == 1 ? " other file" : " other files") + " of its batch";
  return message + "; its handlers were not analysed";
}

std::vector<std::string> frontendCommand(const FrontendOptions &options, const Batch &batch) {
  std::vector<std::string> argv{options.executable};
  if (!options.preambleCacheDir.empty())
    argv.push_back("--preamble-cache=" + options.preambleCacheDir);
  if (batch.unitSizes.size() != batch.files.size()) {
    std::string sizes;
    for (size_t n : batch.unitSizes)
      sizes += (sizes.empty() ? "" : ",") + std::to_string(n);
    argv.push_back("--units=" + sizes);
  }
  argv.insert(argv.end(), batch.files.begin(), batch.files.end());
  if (!options.buildDir.empty()) {
    argv.push_back("-p");
    argv.push_back(options.buildDir);
  }
  if (!options.extraArgs.empty()) {
    argv.push_back("--");
    argv.insert(argv.end(), options.extraArgs.begin(), options.extraArgs.end());
  }
  return argv;
}

BatchAnswer decodeFrontendOutput(const std::string &out, const std::vector<std::string> &batch) {
  BatchAnswer answer;
  answer.files.resize(batch.size());
  answer.deps.resize(batch.size());
  for (size_t i = 0; i < batch.size(); ++i)
    answer.files[i].file = batch[i];
  std::vector<model::HandlerFile> files;
  std::vector<std::vector<ReadFile>> deps;
  try {
    nlohmann::json doc = nlohmann::json::parse(out);
    for (const auto &entry : doc.at("files")) {
      files.push_back(model::handlerFileFromJson(entry));
      auto &read = deps.emplace_back();
      if (auto it = entry.find("deps"); it != entry.end())
        for (const auto &d : *it)
          read.push_back({d.at(0).get<std::string>(), d.at(1).get<std::string>()});
    }
  } catch (const nlohmann::json::exception &e) {
    for (auto &f : answer.files)
      f.problems.push_back(
          {Location{f.file, 0, 0},
           std::string("the C++ frontend returned malformed output on this batch of files: ") + e.what(), false});
    answer.trusted = false;
    return answer;
  }
  restoreFileNames(files, batch);
  // Only the files sent are believed: an entry naming another file (or none) would put findings,
  // and the text reporter's excerpts, on a file of the frontend's choosing.
  std::map<std::string, size_t> sent;
  for (size_t i = 0; i < batch.size(); ++i)
    sent.emplace(batch[i], i);
  bool strayEntry = false;
  std::vector<bool> answered(batch.size());
  for (size_t k = 0; k < files.size(); ++k) {
    auto &f = files[k];
    auto it = sent.find(f.file);
    if (it == sent.end()) {
      strayEntry = true;
      continue;
    }
    model::HandlerFile &to = answer.files[it->second];
    answered[it->second] = true;
    for (auto &h : f.handlers)
      to.handlers.push_back(std::move(h));
    for (auto &p : f.problems) {
      if (p.loc.file.empty())
        p.loc.file = f.file;
      to.problems.push_back(std::move(p));
    }
    for (auto &n : f.notes)
      to.notes.push_back(std::move(n));
    auto &d = answer.deps[it->second];
    d.insert(d.end(), deps[k].begin(), deps[k].end());
  }
  for (size_t i = 0; i < batch.size(); ++i) {
    if (strayEntry)
      answer.files[i].problems.push_back(
          {Location{batch[i], 0, 0},
           "the C++ frontend returned malformed output on this batch of files: it answered for a file it was not "
           "given, and that answer was ignored",
           false});
    if (!answered[i])
      answer.files[i].problems.push_back(
          {Location{batch[i], 0, 0}, "the C++ frontend returned no result for this file", false});
  }
  answer.trusted = !strayEntry && std::find(answered.begin(), answered.end(), false) == answered.end();
  return answer;
}

namespace {

void appendToModel(std::vector<model::HandlerFile> &files, model::Model &model, std::vector<FrontendNote> *notes) {
  for (auto &f : files) {
    for (auto &h : f.handlers)
      model.handlers.push_back(std::move(h));
    for (auto &p : f.problems)
      model.problems.push_back(std::move(p));
    if (notes)
      for (auto &n : f.notes)
        notes->push_back({f.file, std::move(n)});
  }
}

/// A batch that failed as a whole: each of its files gets `message`.
BatchAnswer failedBatch(const Batch &batch, const std::function<std::string(const std::string &)> &message) {
  BatchAnswer answer;
  for (const auto &file : batch.files) {
    model::HandlerFile f;
    f.file = file;
    f.problems.push_back({Location{file, 0, 0}, message(file), false});
    answer.files.push_back(std::move(f));
  }
  answer.deps.resize(batch.files.size());
  answer.trusted = false;
  return answer;
}

} // namespace

void mergeFrontendOutput(const std::string &out, const std::vector<std::string> &batch, model::Model &model,
                         std::vector<FrontendNote> *notes) {
  BatchAnswer answer = decodeFrontendOutput(out, batch);
  appendToModel(answer.files, model, notes);
}

std::vector<FrontendNote> runFrontend(const std::vector<std::vector<std::string>> &units,
                                      const FrontendOptions &options, model::Model &model, FactsCache *cache,
                                      const ProgressReport &progress) {
  std::vector<FrontendNote> notes;
  if (units.empty())
    return notes;
  // Answers already known need no frontend at all, not even one that is missing.
  std::vector<std::optional<std::vector<model::HandlerFile>>> known(units.size());
  std::vector<std::vector<std::string>> toParse;
  std::vector<size_t> parsedUnit; // index in `units` of each of toParse
  for (size_t u = 0; u < units.size(); ++u) {
    if (units[u].empty())
      continue;
    if (cache)
      known[u] = cache->lookup(units[u]);
    if (!known[u]) {
      toParse.push_back(units[u]);
      parsedUnit.push_back(u);
    }
  }
  std::vector<std::vector<model::HandlerFile>> answers(units.size());
  std::vector<std::vector<ReadFile>> unitDeps(units.size());
  std::vector<bool> trusted(units.size());
  if (!toParse.empty() && options.executable.empty()) {
    for (size_t k = 0; k < toParse.size(); ++k)
      for (const auto &file : toParse[k]) {
        model::HandlerFile f;
        f.file = file;
        f.problems.push_back({Location{file, 0, 0},
                              "the C++ frontend triggerlint-clang was not found (install it next to triggerlint, put "
                              "it on PATH or set TRIGGERLINT_CLANG); C++ handlers were not analysed",
                              false});
        answers[parsedUnit[k]].push_back(std::move(f));
      }
  } else if (!toParse.empty()) {
    auto batches = makeBatches(toParse, options.jobs, options.maxBatch);
    size_t totalFiles = 0;
    for (const auto &b : batches)
      totalFiles += b.files.size();
    std::vector<ProcessResult> results(batches.size());
    std::vector<char> outOfMemory(batches.size()); // char: threads write neighbouring elements
    std::atomic<size_t> next{0};
    std::mutex progressLock;
    size_t filesDone = 0;
    if (progress)
      progress(0, totalFiles);
    const int64_t parseStart = nowNs();
    auto worker = [&] {
      for (size_t i = next++; i < batches.size(); i = next++) {
        // An exception leaving a thread aborts the program: out of memory costs this batch only.
        try {
          results[i] = process::runProcess(frontendCommand(options, batches[i]), batchTimeout(options, batches[i]));
        } catch (const std::bad_alloc &) {
          outOfMemory[i] = true;
        }
        if (progress) {
          std::lock_guard<std::mutex> lock(progressLock);
          filesDone += batches[i].files.size();
          progress(filesDone, totalFiles);
        }
      }
    };
    size_t threads = std::min<size_t>(std::max(options.jobs, 1u), batches.size());
    if (threads <= 1) {
      worker();
    } else {
      std::vector<std::thread> pool;
      for (size_t t = 0; t < threads; ++t)
        pool.emplace_back(worker);
      for (auto &t : pool)
        t.join();
    }
    // Answers are taken in batch order, so the model does not depend on which process finished first.
    size_t k = 0; // the next unit of toParse
    for (size_t i = 0; i < batches.size(); ++i) {
      const ProcessResult &r = results[i];
      BatchAnswer answer;
      if (outOfMemory[i])
        answer = failedBatch(batches[i], [](const std::string &) {
          return "triggerlint ran out of memory running the C++ frontend on this batch of files";
        });
      else if (r.started && r.timedOut)
        answer =
            failedBatch(batches[i], [&](const std::string &file) { return timeoutMessage(options, batches[i], file); });
      else if (!r.started || r.outputTooLarge || !r.exited || r.exitCode != 0)
        answer = failedBatch(batches[i], [&](const std::string &) { return failureMessage(r, options); });
      else
        answer = decodeFrontendOutput(r.out, batches[i].files);
      size_t at = 0;
      for (size_t n : batches[i].unitSizes) {
        const size_t u = parsedUnit[k++];
        // A file the frontend could not start on (its compile command's directory is missing)
        // read nothing: its answer depends on more than files, and is not kept.
        bool everyFileRead = true;
        for (size_t j = at; j < at + n; ++j) {
          answers[u].push_back(std::move(answer.files[j]));
          everyFileRead &= !answer.deps[j].empty();
          unitDeps[u].insert(unitDeps[u].end(), answer.deps[j].begin(), answer.deps[j].end());
        }
        trusted[u] = answer.trusted && everyFileRead;
        at += n;
      }
    }
    if (cache)
      for (size_t u : parsedUnit)
        if (trusted[u]) {
          std::sort(unitDeps[u].begin(), unitDeps[u].end());
          unitDeps[u].erase(std::unique(unitDeps[u].begin(), unitDeps[u].end()), unitDeps[u].end());
          cache->store(units[u], answers[u], unitDeps[u], parseStart);
        }
  }
  for (size_t u = 0; u < units.size(); ++u)
    appendToModel(known[u] ? *known[u] : answers[u], model, &notes);
  if (cache)
    cache->finish();
  return notes;
}

} // namespace tl::cpp
