#pragma once
// Ties each C++ handler to the triggers it serves (DESIGN.md §1 "Linking is the heart of it"),
// after all inputs are loaded: template code directories, config `handlers:` globs,
// `// triggerlint: trigger=` annotations. What a handler's triggerSource comparisons suggest is
// Cognito knowledge: the rules infer it themselves (rules/cognito_triggers.h, servedTriggers).
#include "config/config_file.h"
#include "model/model.h"

#include <string>
#include <string_view>

namespace tl::cpp {

/// Fills `Handler::links` of every handler in `model`, without duplicates (same via, trigger and
/// pool), and `Model::mappedTriggers` with every name of the config's `handlers:` entries.
void linkHandlers(model::Model &model, const config::ConfigFile &config);

} // namespace tl::cpp
