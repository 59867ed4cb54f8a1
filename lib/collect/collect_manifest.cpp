#include "collect/collect_manifest.h"

#include "awsjson/dump_files.h"
#include "input/file_reader.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <filesystem>

namespace tl::collect {
namespace {

constexpr const char *kFormatKey = "TriggerlintCollectManifest";
constexpr int kFormat = 1;
// Far above the few thousand files of the largest collection.
constexpr size_t kMaxManifestBytes = 16u << 20;

bool isDumpFileName(const std::string &name) {
  return name.find('/') == std::string::npos && awsjson::parseDumpFileName(name).ok;
}

} // namespace

ManifestRead parseManifest(std::string_view text) {
  ManifestRead out;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value(kFormatKey, 0) != kFormat || !j.contains("Files") ||
      !j["Files"].is_array()) {
    out.problem = "not a triggerlint collect manifest";
    return out;
  }
  for (const auto &file : j["Files"])
    if (file.is_string() && isDumpFileName(file.get<std::string>()))
      out.files.insert(file.get<std::string>());
  return out;
}

ManifestRead readManifest(const std::string &dir) {
  const std::string path = (std::filesystem::path(dir) / kManifestName).string();
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
    return {};
  input::FileContent content = input::readFile(path, kMaxManifestBytes);
  if (!content.ok)
    return {{}, content.error};
  return parseManifest(content.text);
}

std::string manifestJson(const std::set<std::string> &files) {
  nlohmann::ordered_json j;
  j[kFormatKey] = kFormat;
  j["Files"] = files;
  return j.dump(4, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace tl::collect
