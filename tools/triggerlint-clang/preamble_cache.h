#pragma once
// A compiled preamble for each handler file, kept on disk (issue 10): what makes a handler cost
// seconds is its leading #includes (nlohmann/json.hpp, the AWS SDK), which do not change when its
// body does. Like clangd's PrecompiledPreamble, the file's leading block of directives is compiled
// once into a PCH; an edited body is then parsed against it. An entry is a PCH and a manifest
// (ccache's direct mode again): found by a key over the preamble's text, the file, the compile
// arguments and the frontend, it lists every file the preamble read with its content hash, the
// PCH's checksum, and what the preamble's diagnostics left in the file's state, which a reuse
// replays (Clang does not emit a preamble's diagnostics again).
#include "dependency_files.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CompilerInvocation;
class DiagnosticConsumer;
class FileManager;
} // namespace clang

namespace tl::clangfe {

/// A preamble to parse a file against.
struct PreambleUse {
  std::string pchPath;
  std::string mainFile, mainText; // the file and its whole text as read now
  unsigned bytes = 0;             // of the main file the PCH stands for
  bool endsAtStartOfLine = false;
  std::vector<DependencyFile> deps; // what the preamble read (the main file aside)
  bool built = false;               // now: the diagnostics consumer has seen its diagnostics
  nlohmann::json record;            // the file's state after the preamble (replayed on a reuse)
};

/// Preambles under one directory.
class PreambleCache {
public:
  explicit PreambleCache(std::string dir) : dir_(std::move(dir)) {}

  /// The preamble for `invocation` (about to be parsed): the stored one when every file it read
  /// is unchanged and its PCH is intact, else one built now, through `diags`, with `snapshot()`
  /// (the file's state after the build) recorded for later reuses. Nothing when the file has no
  /// preamble, when its command line does things a preamble cannot stand for (`-include`, a PCH of
  /// its own), or when no entry can be written: the file is then parsed as usual.
  std::optional<PreambleUse> obtain(const clang::CompilerInvocation &invocation, clang::FileManager &files,
                                    clang::DiagnosticConsumer &diags, const std::function<nlohmann::json()> &snapshot);

  /// Sets `invocation` up to parse against `use`.
  static void apply(clang::CompilerInvocation &invocation, const PreambleUse &use);

private:
  std::string dir_;
};

} // namespace tl::clangfe
