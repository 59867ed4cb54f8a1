// What the template-reading fuzz targets share: the input read as one template document the way
// the loader reads a file (JSON when it starts like JSON, YAML otherwise), under the node limit
// that keeps one execution in milliseconds.
#pragma once

#include "document/node.h"

#include <cstddef>
#include <cstdint>

namespace tl::fuzz {

inline doc::Document readFuzzDocument(const uint8_t *data, size_t size) {
  doc::ReadLimits limits;
  limits.maxNodes = 100000;
  doc::Document document;
  document.path = "fuzz.yaml";
  document.text.assign(reinterpret_cast<const char *>(data), size);
  if (!document.text.empty() && (document.text[0] == '{' || document.text[0] == '['))
    doc::readJson(document, limits);
  else
    doc::readYaml(document, limits);
  return document;
}

} // namespace tl::fuzz
