#pragma once
// CloudFormation / SAM templates -> model. Knows the template format (intrinsics, conditions,
// parameters, SAM Globals and Cognito events), never Cognito rules.
#include "document/node.h"
#include "model/model.h"

namespace tl::cfn {

/// True when the document is a CloudFormation or SAM template: a top-level
/// `AWSTemplateFormatVersion`, or a `Resources` mapping whose entries have a `Type`.
bool isTemplate(const doc::Node &root);

/// Adds the template's pools, functions, permissions, references and problems to `model`.
void loadTemplate(const doc::Document &doc, model::Model &model);

} // namespace tl::cfn
