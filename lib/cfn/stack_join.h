#pragma once
// Several templates are several stacks: a pool in one often wires functions declared in another,
// through `Fn::ImportValue` of an `Export`, or through a literal ARN of a function whose
// `FunctionName` the other template sets. Joining them gives those triggers their function.
#include "cfn/template_index.h"
#include "model/model.h"

namespace tl::cfn {

/// Adds the template's `Outputs` that carry an `Export` to `model.exports`.
void collectExports(const TemplateIndex &tmpl, model::Model &model);

/// After every input is loaded (and dumps are joined): links trigger and permission targets that
/// are still unresolved to the one function of another template that they can only mean. An
/// import whose export name more than one template provides stays unknown.
void joinStacks(model::Model &model);

} // namespace tl::cfn
