#pragma once
// Dependency edges between the resources of one template (Ref, GetAtt, Sub `${X}` /
// `${X.Attr}`, DependsOn), the edges CloudFormation orders resources by and finds cycles in.
#include "cfn/template_index.h"
#include "model/model.h"

namespace tl::cfn {

/// Appends one model::Reference per reference to another resource of the template, found in
/// each resource except in `Metadata` and in a SAM function's `Events` (SAM moves those into
/// generated resources). SAM Globals.Function values count for each function that inherits them
/// after SAM's merge: a key the function sets itself, or a value it replaces, is not inherited.
void collectReferences(const TemplateIndex &tmpl, model::Model &model);

} // namespace tl::cfn
