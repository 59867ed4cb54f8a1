#pragma once
// Summaries of mapping functions (`Source parse(const std::string &)`, `bool isPostAuth(...)`):
// which value the function returns for which trigger sources, read from the trigger-source flow
// at each of its return statements.
#include "source_conditions.h"

namespace clang {
class FunctionDecl;
}

namespace tl::clangfe {

class TriggerSourceFlow;

/// The mapping `fn` computes from its trigger-source parameter, given the flow of its body.
SourceMapping summariseMapping(const clang::FunctionDecl *fn, const TriggerSourceFlow &flow,
                               const SourceConditions &conds);

} // namespace tl::clangfe
