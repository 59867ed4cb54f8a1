#pragma once
// Ties each C++ handler to the triggers it serves (DESIGN.md §1 "Linking is the heart of it"),
// after all inputs are loaded: template code directories, config `handlers:` globs,
// `// triggerlint: trigger=` annotations, and last, the triggerSource dispatch in the code.
#include "config/config_file.h"
#include "model/model.h"

#include <string>
#include <string_view>

namespace tl::cpp {

/// The trigger (LambdaConfig key) whose events carry `triggerSource`, or "" when the string is
/// no trigger source. Works on prefixes too (`TokenGeneration_` as used with starts_with).
std::string triggerForSource(std::string_view triggerSource);

/// Fills `Handler::links` of every handler in `model`, without duplicates (same via, trigger and
/// pool). Dispatch links are only added to handlers that no other source linked.
void linkHandlers(model::Model &model, const config::ConfigFile &config);

} // namespace tl::cpp
