#pragma once
// The files a run reads, known by what they are rather than how they were spelled, so that a file
// the run is about to write (a baseline) can be refused when it is one of them: `./t.yaml`,
// `sub/../t.yaml`, a symbolic link and a hard link to t.yaml all name the same file.
#include <string>
#include <utility>
#include <vector>

namespace tl::input {

class InputIdentities {
public:
  /// Records `path` as read. A path that does not exist is recorded by its resolved spelling.
  void add(const std::string &path);

  /// The path (as added) of the input that `path` names, or "" when it names none of them.
  std::string find(const std::string &path) const;

private:
  struct Identity {
    bool exists = false;
    unsigned long long device = 0, inode = 0;
    std::string resolved; // realpath, or the absolute normal form when there is no such file
  };
  static Identity identify(const std::string &path);
  std::vector<std::pair<Identity, std::string>> inputs_;
};

} // namespace tl::input
