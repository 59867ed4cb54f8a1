#pragma once
// Terraform configurations (`.tf`, `.tf.json`) -> model. Terraform reads every such file of a
// directory as one module, so a file is read with its siblings: references, variables and locals resolve
// across them, and the file contributes the resources it declares. Knows the format and the
// provider's schema, never Cognito rules.
#include "model/model.h"
#include "terraform/module_index.h"

#include <string>

namespace tl::terraform {

/// Adds the pools, functions, permissions and references declared in the `.tf` file `path`
/// (whose content is `text`), read in the module of its directory, and its syntax problems.
void loadModuleFile(const std::string &path, std::string text, model::Model &model);

/// Adds the facts of the resources `self` declares, read in `index` (which holds `self`), and
/// `self`'s syntax problems.
void addDeclaredFacts(const ModuleIndex &index, const SourceFile &self, model::Model &model);

} // namespace tl::terraform
