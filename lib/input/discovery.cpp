#include "input/discovery.h"

#include "input/content_markers.h"
#include "model/declaration_scope.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace tl::input {
namespace {

std::string lowerExtension(const std::string &path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// Folders that hold copies or generated files, never the source of truth. `.aws-sam` holds
// SAM's build copies of the template: linting them would double every finding.
// `.triggerlint-cache` is the facts cache the README suggests keeping in the project.
bool isSkippedDirectory(const std::string &name) {
  static const std::array<std::string_view, 9> skipped = {
      ".git", ".hg", ".svn", "node_modules", ".aws-sam", "__pycache__", ".venv", ".terraform", ".triggerlint-cache"};
  if (std::find(skipped.begin(), skipped.end(), name) != skipped.end())
    return true;
  return name.rfind("build", 0) == 0 || name.rfind("cmake-build", 0) == 0;
}

// How much of a file whose name says nothing is read to tell whether it may be ours: a template's
// or a dump's words are near its top (AWSTemplateFormatVersion, Resources and a type, "UserPool").
constexpr size_t kSniffBytes = 64u << 10;
// Larger files whose name says nothing are not read: what the loader would read at most.
constexpr uintmax_t kMaxSniffedFile = 64u << 20;

// Extensions that say a file is something else: documentation that quotes templates (a README
// would otherwise be read, and a broken quote reported), source code, archives and images.
bool hasOtherKnownExtension(const std::string &path) {
  static const std::array<std::string_view, 40> other = {
      ".md",  ".rst", ".txt",  ".adoc", ".html", ".htm",  ".css", ".xml",  ".csv",  ".tsv",
      ".py",  ".js",  ".mjs",  ".ts",   ".tsx",  ".jsx",  ".go",  ".java", ".kt",   ".rb",
      ".rs",  ".sh",  ".bash", ".ps1",  ".c",    ".toml", ".ini", ".cfg",  ".lock", ".hcl",
      ".png", ".jpg", ".jpeg", ".gif",  ".svg",  ".pdf",  ".zip", ".gz",   ".tar",  ".jar"};
  return std::find(other.begin(), other.end(), lowerExtension(path)) != other.end();
}

// Whether the text begins as a template or a dump does: JSON, a YAML document marker, or a
// top-level template key, after blank and comment lines. A table or a note that mentions
// AWSTemplateFormatVersion does not, and is not read (its parse errors would be reported).
bool startsLikeDocument(std::string_view text) {
  static constexpr std::array<std::string_view, 12> keys = {"AWSTemplateFormatVersion",
                                                            "Transform",
                                                            "Description",
                                                            "Parameters",
                                                            "Resources",
                                                            "Conditions",
                                                            "Mappings",
                                                            "Metadata",
                                                            "Globals",
                                                            "Outputs",
                                                            "Rules",
                                                            "---"};
  if (text.starts_with("\xEF\xBB\xBF"))
    text.remove_prefix(3);
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    const size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      if (line[first] == '{' || line[first] == '[')
        return true;
      return first == 0 && std::any_of(keys.begin(), keys.end(), [&](std::string_view k) {
               return line.starts_with(k) &&
                      (k == "---" || line.substr(k.size()).starts_with(":") || line.substr(k.size()).starts_with(" :"));
             });
    }
    if (end == std::string_view::npos)
      break;
    text.remove_prefix(end + 1);
  }
  return false;
}

// Why a walked file whose extension says nothing is left out, or "" when it may be ours.
std::string sniffSkipReason(const std::string &path, uintmax_t size) {
  if (hasOtherKnownExtension(path))
    return "its extension says it is no template or dump";
  if (size == 0)
    return "empty file";
  if (size > kMaxSniffedFile)
    return "larger than 64 MiB, and its name does not say it is a template";
  std::ifstream in(path, std::ios::binary);
  std::string head(static_cast<size_t>(std::min<uintmax_t>(size, kSniffBytes)), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  if (!in && head.empty())
    return "cannot read it";
  // Wide text (UTF-16/32) has NUL bytes too; its template is named .yaml/.json in practice.
  if (std::memchr(head.data(), '\0', head.size()))
    return "binary content";
  if (!mentionsTemplateMarkers(head) && !mentionsDumpMarkers(head))
    return "no word of a template or an AWS CLI dump in its first 64 KiB";
  if (!startsLikeDocument(head))
    return "does not begin as a template or an AWS CLI dump (JSON, or a top-level template key)";
  return "";
}

// A directory that cannot be listed hides whatever it holds, so it is reported, never taken for
// an empty one (which is what skip_permission_denied would make of it).
void walk(const fs::path &dir, std::vector<InputFile> &out, std::vector<SkippedFile> *skipped) {
  std::error_code ec;
  std::vector<fs::path> files;
  std::vector<SkippedFile> sniffedOut;
  std::vector<fs::path> dirs;
  std::vector<InputFile> unclassified;
  fs::directory_iterator it(dir, ec);
  for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry &entry = *it;
    std::error_code sec;
    if (entry.is_symlink(sec))
      continue;
    // Without d_type the kind comes from stat, which fails on a path longer than PATH_MAX.
    const bool directory = entry.is_directory(sec);
    if (sec) {
      unclassified.push_back(
          {entry.path().generic_string(), false, "cannot tell a file from a directory: " + sec.message()});
      continue;
    }
    if (directory) {
      if (!isSkippedDirectory(entry.path().filename().string()))
        dirs.push_back(entry.path());
    } else if (entry.is_regular_file(sec)) {
      const std::string name = entry.path().string();
      if (isCppHeader(name))
        continue; // headers come with the sources that include them
      if (hasInputExtension(name) || isCppSource(name) || model::isTerraformFile(name)) {
        files.push_back(entry.path());
        continue;
      }
      const uintmax_t size = entry.file_size(sec);
      std::string reason = sec ? "cannot tell its size: " + sec.message() : sniffSkipReason(name, size);
      if (reason.empty())
        files.push_back(entry.path());
      else if (skipped)
        sniffedOut.push_back({entry.path().generic_string(), std::move(reason)});
    }
  }
  if (ec)
    out.push_back({dir.generic_string(), false, "cannot read directory: " + ec.message()});
  // Sorted so that output and file order do not depend on the file system.
  std::sort(files.begin(), files.end());
  std::sort(dirs.begin(), dirs.end());
  for (const auto &f : files)
    out.push_back({f.generic_string(), false, {}});
  out.insert(out.end(), unclassified.begin(), unclassified.end());
  if (skipped) {
    std::sort(sniffedOut.begin(), sniffedOut.end(),
              [](const SkippedFile &a, const SkippedFile &b) { return a.path < b.path; });
    skipped->insert(skipped->end(), std::make_move_iterator(sniffedOut.begin()),
                    std::make_move_iterator(sniffedOut.end()));
  }
  for (const auto &d : dirs)
    walk(d, out, skipped);
}

} // namespace

// Templates and dumps are YAML or JSON; anything else in a walked tree is not ours.
bool hasInputExtension(const std::string &path) {
  std::string ext = lowerExtension(path);
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template";
}

bool isCppSource(const std::string &path) {
  std::string ext = lowerExtension(path);
  return ext == ".cpp" || ext == ".cc" || ext == ".cxx";
}

bool isCppHeader(const std::string &path) {
  std::string ext = lowerExtension(path);
  return ext == ".h" || ext == ".hh" || ext == ".hpp" || ext == ".hxx";
}

std::vector<InputFile> discoverInputs(const std::vector<std::string> &paths, std::vector<SkippedFile> *skipped) {
  std::vector<InputFile> out;
  for (const auto &p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec))
      walk(fs::path(p), out, skipped);
    else
      out.push_back({p, true, {}});
  }
  return out;
}

} // namespace tl::input
