#include "engine/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace tl {

std::string fingerprint(const Finding &f, std::string_view file) {
  std::string key = f.rule + "|";
  key += file;
  key += "|";
  key += f.anchor.empty() ? f.message : f.anchor;
  uint64_t h = 1469598103934665603ull; // FNV-1a: stable across runs and platforms
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

} // namespace tl
