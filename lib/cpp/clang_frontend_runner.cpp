#include "cpp/clang_frontend_runner.h"

#include "cpp/frontend_file_names.h"
#include "model/handler_json.h"
#include "process/process_runner.h"

#include "source/path_containment.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <new>
#include <set>
#include <thread>

namespace tl::cpp {
namespace {

namespace fs = std::filesystem;
using process::ProcessResult;

void problemOnEach(const std::vector<std::string> &batch, const std::string &message, model::Model &model) {
  for (const auto &file : batch)
    model.problems.push_back({Location{file, 0, 0}, message, false});
}

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

void mergeFrontendOutput(const std::string &out, const std::vector<std::string> &batch, model::Model &model,
                         std::vector<FrontendNote> *notes) {
  std::vector<model::HandlerFile> files;
  try {
    nlohmann::json doc = nlohmann::json::parse(out);
    for (const auto &entry : doc.at("files"))
      files.push_back(model::handlerFileFromJson(entry));
  } catch (const nlohmann::json::exception &e) {
    problemOnEach(batch, std::string("the C++ frontend returned malformed output on this batch of files: ") + e.what(),
                  model);
    return;
  }
  restoreFileNames(files, batch);
  // Only the files sent are believed: an entry naming another file (or none) would put findings,
  // and the text reporter's excerpts, on a file of the frontend's choosing.
  const std::set<std::string> sent(batch.begin(), batch.end());
  bool strayEntry = false;
  std::set<std::string> answered;
  for (auto &f : files) {
    if (!sent.count(f.file)) {
      strayEntry = true;
      continue;
    }
    answered.insert(f.file);
    for (auto &h : f.handlers)
      model.handlers.push_back(std::move(h));
    for (auto &p : f.problems) {
      if (p.loc.file.empty())
        p.loc.file = f.file;
      model.problems.push_back(std::move(p));
    }
    if (notes)
      for (auto &n : f.notes)
        notes->push_back({f.file, std::move(n)});
  }
  if (strayEntry)
    problemOnEach(batch,
                  "the C++ frontend returned malformed output on this batch of files: it answered for a file it "
                  "was not given, and that answer was ignored",
                  model);
  for (const auto &file : batch)
    if (!answered.count(file))
      model.problems.push_back({Location{file, 0, 0}, "the C++ frontend returned no result for this file", false});
}

std::vector<FrontendNote> runFrontend(const std::vector<std::vector<std::string>> &units,
                                      const FrontendOptions &options, model::Model &model) {
  std::vector<FrontendNote> notes;
  if (units.empty())
    return notes;
  if (options.executable.empty()) {
    std::vector<std::string> files;
    for (const auto &u : units)
      files.insert(files.end(), u.begin(), u.end());
    problemOnEach(files,
                  "the C++ frontend triggerlint-clang was not found (install it next to triggerlint, put it on "
                  "PATH or set TRIGGERLINT_CLANG); C++ handlers were not analysed",
                  model);
    return notes;
  }
  auto batches = makeBatches(units, options.jobs, options.maxBatch);
  std::vector<ProcessResult> results(batches.size());
  std::vector<char> outOfMemory(batches.size()); // char: threads write neighbouring elements
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < batches.size(); i = next++) {
      // An exception leaving a thread aborts the program: out of memory costs this batch only.
      try {
        results[i] = process::runProcess(frontendCommand(options, batches[i]), batchTimeout(options, batches[i]));
      } catch (const std::bad_alloc &) {
        outOfMemory[i] = true;
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
  // Merged in batch order, so the model does not depend on which process finished first.
  for (size_t i = 0; i < batches.size(); ++i) {
    const ProcessResult &r = results[i];
    if (outOfMemory[i])
      problemOnEach(batches[i].files, "triggerlint ran out of memory running the C++ frontend on this batch of files", model);
    else if (r.started && r.timedOut)
      for (const auto &file : batches[i].files)
        model.problems.push_back({Location{file, 0, 0}, timeoutMessage(options, batches[i], file), false});
    else if (!r.started || r.outputTooLarge || !r.exited || r.exitCode != 0)
      problemOnEach(batches[i].files, failureMessage(r, options), model);
    else
      mergeFrontendOutput(r.out, batches[i].files, model, &notes);
  }
  return notes;
}

} // namespace tl::cpp
