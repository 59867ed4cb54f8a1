#pragma once
// The files a run reads, known by what they are rather than how they were spelled, so that a file
// the run is about to write (a baseline) can be refused when it is one of them: `./t.yaml`,
// `sub/../t.yaml`, a symbolic link and a hard link to t.yaml all name the same file.
#include <string>

namespace tl::input {

/// Watches the files a run reads for one path it will write (--write-baseline), comparing each as
/// it is added, so that a run holds nothing per input and resolves no path when it writes nothing.
class InputIdentities {
public:
  /// Watches for `target`; an empty target watches for nothing (add is then free).
  explicit InputIdentities(const std::string &target);

  /// Records `path` as read. A path that does not exist is compared by its resolved spelling.
  void add(const std::string &path);

  /// The path (as added) of the first input that names the target, or "" when none does.
  const std::string &found() const { return found_; }

private:
  struct Identity {
    bool exists = false;
    unsigned long long device = 0, inode = 0;
    std::string resolved; // realpath, or the absolute normal form when there is no such file
  };
  static Identity identify(const std::string &path);
  bool watching_ = false;
  Identity target_;
  std::string found_;
};

} // namespace tl::input
