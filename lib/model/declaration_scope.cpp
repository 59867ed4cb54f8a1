#include "model/declaration_scope.h"

namespace tl::model {

bool isTerraformFile(std::string_view path) { return path.ends_with(".tf") || path.ends_with(".tf.json"); }

std::string_view declarationScope(std::string_view file) {
  if (!isTerraformFile(file))
    return file;
  const size_t slash = file.rfind('/');
  // A file named without a directory is in the working directory; its scope is the empty prefix.
  return slash == std::string_view::npos ? std::string_view() : file.substr(0, slash + 1);
}

} // namespace tl::model
