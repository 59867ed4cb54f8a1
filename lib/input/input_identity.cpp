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

InputIdentities::InputIdentities(const std::string &target) : watching_(!target.empty()) {
  if (watching_)
    target_ = identify(target);
}

void InputIdentities::add(const std::string &path) {
  if (!watching_ || !found_.empty())
    return;
  const Identity input = identify(path);
  const bool sameFile =
      target_.exists && input.exists && target_.device == input.device && target_.inode == input.inode;
  if (sameFile || (!target_.resolved.empty() && target_.resolved == input.resolved))
    found_ = path;
}

} // namespace tl::input
