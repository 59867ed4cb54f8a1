#pragma once
// Runs triggerlint-clang over handler files: batches of files, several processes at once, each
// with a time limit. Facts go into the model; every failure becomes TL000 on the files it
// concerns, and the run goes on (DESIGN.md §5: one crash costs one batch).
#include "model/handler_json.h"
#include "model/model.h"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace tl::cpp {

struct FrontendOptions {
  std::string executable;              // "" when no frontend was found
  std::string buildDir;                // -p: directory of compile_commands.json; "" = none
  std::vector<std::string> extraArgs;  // compiler flags after `--`
  unsigned jobs = 1;                   // processes at once
  size_t maxBatch = 16;                // files per process at most (a larger unit is one batch)
  std::chrono::milliseconds timeout{120000}; // per maxBatch files of a batch (batchTimeout)
  std::string preambleCacheDir;              // the frontend's --preamble-cache; "" = none
};

/// Something the frontend did other than a file's compile command asked (it dropped a flag that
/// loads code): said on stderr, not a finding, since nothing went unchecked.
struct FrontendNote {
  std::string file;
  std::string message;
};

/// The files one frontend process parses: whole units (a function's translation units, analysed
/// together), `unitSizes` files each, in order.
struct Batch {
  std::vector<std::string> files;
  std::vector<size_t> unitSizes;
};

/// Packs `units` in order into batches of about ceil(files / jobs) files, at most `maxBatch` each;
/// a unit is never split, and a unit larger than `maxBatch` is a batch of its own.
std::vector<Batch> makeBatches(const std::vector<std::vector<std::string>> &units, unsigned jobs, size_t maxBatch);

/// One batch's time limit: `options.timeout` for every `maxBatch` files it holds, begun, so that a
/// function unit larger than `maxBatch` (a `CodeUri: .` holding many sources, never split: the
/// cross-TU join needs all of it) has the time its files would have in batches of their own.
std::chrono::milliseconds batchTimeout(const FrontendOptions &options, const Batch &batch);

/// The TL000 message for `file` of `batch` when the frontend ran out of time on it: the limit, and
/// the function unit the file belongs to, with its directory and files.
std::string timeoutMessage(const FrontendOptions &options, const Batch &batch, const std::string &file);

/// The frontend's command line for one batch:
/// `exe [--preamble-cache=DIR] [--units=N,M,...] FILE... [-p DIR] [-- FLAGS...]`;
/// `--units` only when a unit holds more than one file.
std::vector<std::string> frontendCommand(const FrontendOptions &options, const Batch &batch);

/// A file a parse read and the SHA-256 of the bytes it saw ("" when the frontend did not say).
struct ReadFile {
  std::string path;
  std::string sha256;
  auto operator<=>(const ReadFile &) const = default;
};

/// The frontend's answer for one batch, a file at a time: `files[i]` and `deps[i]` (every file the
/// parse read) belong to the batch's i-th file. Not `trusted` when the answer as a whole is in doubt
/// (malformed, an entry for a file not sent, a file left out): then it is reported, never cached.
struct BatchAnswer {
  std::vector<model::HandlerFile> files;
  std::vector<std::vector<ReadFile>> deps;
  bool trusted = true;
};

/// Decodes one batch's stdout (`{"files": [...]}`): a malformed document or a file missing from
/// it is TL000 on the files concerned; entries for files not in `batch` are dropped, with a TL000
/// on each file of the batch.
BatchAnswer decodeFrontendOutput(const std::string &out, const std::vector<std::string> &batch);

/// Reads one batch's stdout (`{"files": [...]}`) into `model`; a malformed document or a file
/// missing from it is TL000 on the files concerned. Entries and handlers for files not in `batch`
/// are dropped, with a TL000 on each file of the batch. The frontend's notes go to `notes`.
void mergeFrontendOutput(const std::string &out, const std::vector<std::string> &batch, model::Model &model,
                         std::vector<FrontendNote> *notes = nullptr);

class FactsCache;

/// Called as batches finish with the files parsed so far and the files to parse; from any thread,
/// never two calls at once.
using ProgressReport = std::function<void(size_t done, size_t total)>;

/// Parses `units` with the frontend and adds handlers and problems to `model`, in file order;
/// returns the frontend's notes, in file order too. With a `cache`, a unit whose answer it holds is
/// not parsed, and the answers parsed are kept in it.
std::vector<FrontendNote> runFrontend(const std::vector<std::vector<std::string>> &units,
                                      const FrontendOptions &options, model::Model &model, FactsCache *cache = nullptr,
                                      const ProgressReport &progress = {});

} // namespace tl::cpp
