// libFuzzer target for `.triggerlint.yaml`, which a pull request can change like any other file:
// the settings are read, then every exclude and handlers glob is matched against a few paths, as
// a run does for each file it finds. Checks that a rejected file says where.
#include "config/config_file.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

constexpr const char *kPath = "/repo/.triggerlint.yaml";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tl::config::ConfigResult result =
      tl::config::readConfigText(kPath, std::string(reinterpret_cast<const char *>(data), size));
  if (!result.error.empty()) {
    if (result.error.rfind(std::string(kPath) + ":", 0) != 0)
      std::abort();
    return 0;
  }
  for (const char *file : {"/repo/src/post_auth/main.cpp", "template.yaml", "../elsewhere/a b/[x]*.yml"}) {
    tl::config::isExcluded(result.config, file);
    tl::config::handlerMappingsFor(result.config, file);
  }
  return 0;
}
