#pragma once
// Outputs for other programs: SARIF 2.1.0 (GitHub code scanning), JUnit XML (CI test reports)
// and GitHub Actions workflow commands (pull-request annotations without glue code).
#include "engine/finding.h"

#include <ostream>
#include <vector>

namespace tl::report {

void writeSarif(std::ostream &out, const std::vector<Finding> &findings);
void writeJunit(std::ostream &out, const std::vector<Finding> &findings);
void writeGithub(std::ostream &out, const std::vector<Finding> &findings);

} // namespace tl::report
