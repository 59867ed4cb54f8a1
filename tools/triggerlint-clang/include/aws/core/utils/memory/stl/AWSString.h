// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
#pragma once
#include <string>

namespace Aws {
using String = std::string;
} // namespace Aws
