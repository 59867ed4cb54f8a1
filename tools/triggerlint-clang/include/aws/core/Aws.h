// Minimal AWS SDK for C++ declarations bundled with triggerlint-clang (see runtime.h).
#pragma once
#include <string>

namespace Aws {
using String = std::string;
struct SDKOptions {};
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
} // namespace Aws
