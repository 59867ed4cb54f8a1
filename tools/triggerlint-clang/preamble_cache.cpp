#include "preamble_cache.h"

#include "version.h"

#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/PrecompiledPreamble.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/xxhash.h"

#include <fstream>

namespace tl::clangfe {
namespace {

constexpr int kFormat = 1;

void field(llvm::SHA256 &h, llvm::StringRef text) {
  h.update(std::to_string(text.size()) + ":");
  h.update(text);
}

std::string hex(std::array<uint8_t, 32> digest) { return llvm::toHex(digest, /*LowerCase=*/true); }

/// The frontend binary as ccache's compiler_check=mtime sees a compiler.
std::string selfIdentity() {
  llvm::SmallString<256> self;
  if (llvm::sys::fs::real_path("/proc/self/exe", self))
    return "";
  llvm::sys::fs::file_status st;
  if (llvm::sys::fs::status(self, st))
    return std::string(self);
  return std::string(self) + "|" + std::to_string(st.getSize()) + "|" +
         std::to_string(st.getLastModificationTime().time_since_epoch().count());
}

struct Stamp {
  int64_t size = -1, mtime = 0;
};

Stamp stampOf(const std::string &path) {
  llvm::sys::fs::file_status st;
  if (llvm::sys::fs::status(path, st) || st.type() != llvm::sys::fs::file_type::regular_file)
    return {};
  return {static_cast<int64_t>(st.getSize()),
          static_cast<int64_t>(st.getLastModificationTime().time_since_epoch().count())};
}

std::optional<std::string> contentHash(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buffer)
    return std::nullopt;
  return hex(llvm::SHA256::hash(llvm::arrayRefFromStringRef((*buffer)->getBuffer())));
}

std::optional<uint64_t> fileChecksum(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!buffer)
    return std::nullopt;
  return llvm::xxHash64((*buffer)->getBuffer());
}

/// Writes `bytes` to `path` through a temporary file and a rename: readers see all or nothing.
bool writeAtomically(const std::string &path, llvm::StringRef bytes) {
  std::string temp = path + ".tmp." + std::to_string(llvm::sys::Process::getProcessId());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      llvm::sys::fs::remove(temp);
      return false;
    }
  }
  if (llvm::sys::fs::rename(temp, path)) {
    llvm::sys::fs::remove(temp);
    return false;
  }
  return true;
}

void markUsed(const std::string &path) {
  int fd = -1;
  if (!llvm::sys::fs::openFileForWrite(path, fd, llvm::sys::fs::CD_OpenExisting, llvm::sys::fs::OF_Append)) {
    llvm::sys::fs::setLastAccessAndModificationTime(fd, llvm::sys::TimePoint<>(std::chrono::system_clock::now()));
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
  }
}

/// The stored entry, when it is for `key` and still true.
std::optional<PreambleUse> reuse(const std::string &manifestPath, const std::string &pchPath, const std::string &key) {
  auto text = llvm::MemoryBuffer::getFile(manifestPath, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!text)
    return std::nullopt;
  try {
    nlohmann::json m = nlohmann::json::parse((*text)->getBuffer().str());
    if (m.at("format") != kFormat || m.at("key") != key)
      return std::nullopt;
    // A damaged PCH must never reach Clang's reader.
    if (fileChecksum(pchPath) != m.at("pch").get<uint64_t>())
      return std::nullopt;
    PreambleUse use;
    use.pchPath = pchPath;
    use.bytes = m.at("bytes").get<unsigned>();
    use.endsAtStartOfLine = m.at("endsAtStartOfLine").get<bool>();
    use.record = m.at("record");
    for (const auto &d : m.at("deps")) {
      const std::string path = d.at(0).get<std::string>();
      const std::string sha = d.at(3).get<std::string>();
      const Stamp now = stampOf(path);
      if (now.size < 0)
        return std::nullopt;
      if ((now.size != d.at(1).get<int64_t>() || now.mtime != d.at(2).get<int64_t>()) && contentHash(path) != sha)
        return std::nullopt;
      use.deps.push_back({path, sha});
    }
    markUsed(manifestPath);
    markUsed(pchPath);
    return use;
  } catch (const nlohmann::json::exception &) {
    return std::nullopt;
  }
}

} // namespace

std::optional<PreambleUse> PreambleCache::obtain(const clang::CompilerInvocation &invocation, clang::FileManager &files,
                                                 clang::DiagnosticConsumer &diags,
                                                 const std::function<nlohmann::json()> &snapshot) {
  const auto &inputs = invocation.getFrontendOpts().Inputs;
  const auto &pp = invocation.getPreprocessorOpts();
  if (dir_.empty() || inputs.size() != 1 || !inputs[0].isFile() || !pp.Includes.empty() || !pp.MacroIncludes.empty() ||
      !pp.ImplicitPCHInclude.empty() || !pp.RemappedFiles.empty() || !pp.RemappedFileBuffers.empty())
    return std::nullopt;
  const std::string mainPath = inputs[0].getFile().str();
  auto buffer = files.getBufferForFile(mainPath);
  if (!buffer)
    return std::nullopt;
  const clang::PreambleBounds bounds =
      clang::ComputePreambleBounds(*invocation.getLangOpts(), (*buffer)->getMemBufferRef(), 0);
  if (bounds.Size == 0)
    return std::nullopt;
  const llvm::StringRef preamble = (*buffer)->getBuffer().take_front(bounds.Size);

  llvm::SHA256 h;
  field(h, "triggerlint preamble " + std::to_string(kFormat));
  field(h, TRIGGERLINT_VERSION);
  field(h, selfIdentity());
  if (auto cwd = files.getVirtualFileSystem().getCurrentWorkingDirectory())
    field(h, *cwd);
  llvm::BumpPtrAllocator arena;
  llvm::StringSaver saver(arena);
  llvm::SmallVector<const char *, 64> args;
  invocation.generateCC1CommandLine(args, [&](const llvm::Twine &t) { return saver.save(t).data(); });
  for (const char *a : args)
    field(h, a);
  field(h, bounds.PreambleEndsAtStartOfLine ? "bol" : "mid");
  field(h, preamble);
  const std::string key = hex(h.final());

  llvm::SmallString<256> base(dir_);
  llvm::sys::path::append(base, key.substr(0, 2));
  if (llvm::sys::fs::create_directories(base))
    return std::nullopt;
  llvm::sys::path::append(base, key);
  const std::string pchPath = std::string(base) + ".pch", manifestPath = std::string(base) + ".manifest";
  if (auto use = reuse(manifestPath, pchPath, key)) {
    use->mainFile = mainPath;
    use->mainText = (*buffer)->getBuffer().str();
    return use;
  }

  // A miss: build the PCH from the preamble's bytes standing for the main file.
  auto build = std::make_shared<clang::CompilerInvocation>(invocation);
  const std::string tempPch = pchPath + ".tmp." + std::to_string(llvm::sys::Process::getProcessId());
  auto &fo = build->getFrontendOpts();
  fo.ProgramAction = clang::frontend::GeneratePCH;
  fo.OutputFile = tempPch;
  fo.IncludeTimestamps = false;
  build->getLangOpts()->CompilingPCH = true;
  auto &bpp = build->getPreprocessorOpts();
  bpp.GeneratePreamble = true;
  bpp.AllowPCHWithCompilerErrors = true; // a missing header is the commonest style, and a note
  bpp.PrecompiledPreambleBytes = {0, false};
  bpp.addRemappedFile(mainPath, llvm::MemoryBuffer::getMemBufferCopy(preamble, mainPath).release());
  clang::CompilerInstance ci;
  ci.setInvocation(build);
  // A file manager of its own: the remapped main file must not stand for the real one later.
  ci.createFileManager(&files.getVirtualFileSystem());
  ci.createDiagnostics(&diags, /*ShouldOwnClient=*/false);
  clang::GeneratePCHAction action;
  // Errors (a missing header) fail the action but still write the PCH: it is what counts.
  ci.ExecuteAction(action);
  if (!llvm::sys::fs::exists(tempPch)) {
    llvm::sys::fs::remove(tempPch);
    return std::nullopt;
  }
  PreambleUse use;
  use.mainFile = mainPath;
  use.mainText = (*buffer)->getBuffer().str();
  use.bytes = bounds.Size;
  use.endsAtStartOfLine = bounds.PreambleEndsAtStartOfLine;
  use.built = true;
  use.record = snapshot();
  use.deps = dependencyFiles(ci.getSourceManager(), /*withMainFile=*/false);
  if (llvm::sys::fs::rename(tempPch, pchPath)) {
    llvm::sys::fs::remove(tempPch);
    return std::nullopt;
  }
  use.pchPath = pchPath;
  // The manifest is the entry's commit point: written only when every file the preamble read is
  // now what it read (else this parse uses the PCH, and the next builds it again).
  nlohmann::json deps = nlohmann::json::array();
  bool faithful = true;
  for (const auto &d : use.deps) {
    const Stamp s = stampOf(d.path);
    faithful &= !d.path.empty() && !d.sha256.empty() && s.size >= 0 && contentHash(d.path) == d.sha256;
    deps.push_back({d.path, s.size, s.mtime, d.sha256});
  }
  auto checksum = fileChecksum(pchPath);
  if (faithful && checksum) {
    nlohmann::json manifest{{"format", kFormat},
                            {"key", key},
                            {"pch", *checksum},
                            {"bytes", use.bytes},
                            {"endsAtStartOfLine", use.endsAtStartOfLine},
                            {"record", use.record},
                            {"deps", std::move(deps)}};
    writeAtomically(manifestPath, manifest.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return use;
}

void PreambleCache::apply(clang::CompilerInvocation &invocation, const PreambleUse &use) {
  auto &pp = invocation.getPreprocessorOpts();
  pp.ImplicitPCHInclude = use.pchPath;
  pp.PrecompiledPreambleBytes = {use.bytes, use.endsAtStartOfLine};
  // The manifest checked the content of every input: mtimes change on every checkout.
  pp.DisablePCHOrModuleValidation = clang::DisableValidationForModuleKind::PCH;
  pp.AllowPCHWithCompilerErrors = true;
  // The PCH holds the preamble's bytes as the main file's content (they stood for it when it was
  // built): the whole text is given again, as ASTUnit and clangd give the buffer being edited.
  pp.addRemappedFile(use.mainFile, llvm::MemoryBuffer::getMemBufferCopy(use.mainText, use.mainFile).release());
}

} // namespace tl::clangfe
