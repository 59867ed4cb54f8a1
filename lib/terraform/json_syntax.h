#pragma once
// Terraform's JSON configuration syntax (`.tf.json`) as the same syntax tree the native reader
// builds, so that one module can mix both forms. JSON strings are templates ("${var.x}"), as
// Terraform reads them; which keys of a resource are nested blocks is the provider's schema, and
// only the blocks the model reads are known here (lambda_config and its sender and token blocks,
// `dynamic` with its `content`): every other key is an attribute, which is how its references
// are still followed. Offsets point into the JSON text.
#include "document/node.h"
#include "hcl/syntax.h"

namespace tl::terraform {

/// The syntax tree of a `.tf.json` document read by doc::readJson (`doc.text` kept).
hcl::File fromJson(const doc::Document &doc);

} // namespace tl::terraform
