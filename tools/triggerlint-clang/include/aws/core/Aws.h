// Declarations of the AWS SDK for C++ bundled with triggerlint-clang, for analysis only: this is
// not the SDK. They let a handler that uses the SDK type-check where it is not installed, so its
// timeouts and failures are still found. Added with -idirafter: a real installation (compile
// database include paths or the system) always wins.
#pragma once
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>

namespace Aws {
struct SDKOptions {};
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
} // namespace Aws
