// Minimal AWS SDK for C++ declarations bundled with triggerlint-clang (see runtime.h).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace Client {
struct ClientConfiguration {
  Aws::String region;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
  long httpRequestTimeoutMs = 0;
  unsigned maxConnections = 25;
};
} // namespace Client
} // namespace Aws
