#pragma once
// What a Terraform expression stands for, as model candidates: literals; `var.NAME` through the
// variable's default (it can be overridden, like a CloudFormation parameter default); `local.NAME`
// through the local; string templates with their unknown pieces kept as "${...}"; both results of
// `cond ? a : b`, labelled with the condition. References to resources, function calls, for
// expressions and splats are unknown values: unknown is never reported as wrong.
#include "model/model.h"
#include "terraform/module_index.h"

#include <string>

namespace tl::terraform {

/// The candidates of `e` written in `file`; none when `e` is null or `null` (not set: the
/// provider's default applies).
model::Candidates resolveCandidates(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e);

/// The one value `e` has whatever the conditions and defaults, fully known; "" otherwise.
std::string knownText(const ModuleIndex &index, const SourceFile &file, const hcl::Expression *e);

/// How a condition `e` is named in model::Condition terms: a reference as written
/// (`var.enabled`), anything else in parentheses with `&&`/`||` spelt out, so it stays one term.
std::string conditionLabel(const SourceFile &file, const hcl::Expression &e);

/// The source text of `e`, as written (for placeholders and messages).
std::string sourceText(const SourceFile &file, const hcl::Expression &e);

} // namespace tl::terraform
