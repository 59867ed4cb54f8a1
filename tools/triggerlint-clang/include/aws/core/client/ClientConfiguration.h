// AWS SDK for C++ declarations bundled with triggerlint-clang, for analysis only (see Aws.h).
// The timeouts are the SDK's members of the same names and units (milliseconds).
#pragma once
#include <aws/core/Aws.h>

namespace Aws {
namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  Aws::String region;
  Aws::String endpointOverride;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
  long httpRequestTimeoutMs = 0;
  unsigned maxConnections = 25;
  bool verifySSL = true;
};
} // namespace Client
} // namespace Aws
