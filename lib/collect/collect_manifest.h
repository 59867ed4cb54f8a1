#pragma once
// The list of files a collection wrote into its directory. The next collection into the same
// directory removes listed files it does not write again, and nothing else: a file there that
// merely carries a dump file name may be the user's own.
#include <set>
#include <string>
#include <string_view>

namespace tl::collect {

/// Kept beside the dumps; no template or dump extension, so `triggerlint DIR` does not read it.
inline constexpr std::string_view kManifestName = ".triggerlint-collect.manifest";

/// What the manifest of a directory lists.
struct ManifestRead {
  std::set<std::string> files; // dump file names only (see parseManifest)
  std::string problem;         // why an existing manifest was not used; "" when fine or absent
};

/// Reads `dir`/kManifestName; no file is an empty list.
ManifestRead readManifest(const std::string &dir);

/// The listed names of a manifest's text. Only plain names that parse as dump file names count,
/// so a tampered manifest cannot point removal at other files or outside the directory.
ManifestRead parseManifest(std::string_view text);

/// `{"TriggerlintCollectManifest": 1, "Files": [...]}`, ending in a newline.
std::string manifestJson(const std::set<std::string> &files);

} // namespace tl::collect
