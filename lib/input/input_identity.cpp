#include "input/input_identity.h"

#include <filesystem>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace tl::input {

InputIdentities::Identity InputIdentities::identify(const std::string &path) {
  Identity id;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    id.exists = true;
    id.device = st.st_dev;
    id.inode = st.st_ino;
  }
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec || path.empty())
    return id;
  fs::path resolved = fs::weakly_canonical(absolute, ec);
  id.resolved = (ec ? absolute.lexically_normal() : resolved).string();
  return id;
}

void InputIdentities::add(const std::string &path) { inputs_.emplace_back(identify(path), path); }

std::string InputIdentities::find(const std::string &path) const {
  const Identity target = identify(path);
  for (const auto &[input, spelling] : inputs_) {
    const bool sameFile = target.exists && input.exists && target.device == input.device && target.inode == input.inode;
    if (sameFile || (!target.resolved.empty() && target.resolved == input.resolved))
      return spelling;
  }
  return "";
}

} // namespace tl::input
