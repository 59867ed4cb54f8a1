#pragma once
// Where resources can refer to each other by name: a CloudFormation template is one file, a
// Terraform module is every `.tf`/`.tf.json` file of one directory. Keys of declared resources
// and the rules that ask "declared together?" go through here, so both forms read alike.
#include <string_view>

namespace tl::model {

/// True for a Terraform configuration file (`.tf`, `.tf.json`).
bool isTerraformFile(std::string_view path);

/// The scope `file` declares resources in: for a Terraform file its directory with the trailing
/// '/' ("" for a file named without a directory), the file itself otherwise.
std::string_view declarationScope(std::string_view file);

/// True when resources declared in `a` and `b` can reference each other.
inline bool sameScope(std::string_view a, std::string_view b) { return declarationScope(a) == declarationScope(b); }

} // namespace tl::model
